using Microsoft.Extensions.Hosting;

namespace Showcase.Core.Hosting;

/// <summary>
/// Marks the hosted services' start on the <see cref="StartupTimeline"/>: the time from the end of the
/// startup tasks to the first hosted service (the request pipeline being built), then the hosted services
/// (data-protection keys, telemetry, Kestrel) until the host reports itself started.
/// </summary>
internal sealed class StartupTimelineService(StartupTimeline timeline) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        timeline.Mark("hosted services constructed");
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        timeline.Mark("hosted services started (Kestrel listening)");
        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
