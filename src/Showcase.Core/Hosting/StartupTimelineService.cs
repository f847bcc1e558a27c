using Microsoft.Extensions.Hosting;

namespace Showcase.Core.Hosting;

/// <summary>
/// Marks the hosted services' start on the <see cref="StartupTimeline"/>: the time from the end of the
/// startup tasks to the first hosted service (the request pipeline being built), then every hosted service
/// (Kestrel, Quartz, telemetry) until the host reports itself started.
/// </summary>
internal sealed class StartupTimelineService(StartupTimeline timeline, string? startMark = null) : IHostedLifecycleService
{
    /// <summary>A hosted service that only marks <paramref name="phase"/> when its turn to start comes: registered right after another hosted service, it times that one.</summary>
    public static StartupTimelineService After(StartupTimeline timeline, string phase) => new(timeline, phase);

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (startMark is null)
        {
            timeline.Mark("hosted services constructed");
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (startMark is not null)
        {
            timeline.Mark(startMark);
        }

        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (startMark is null)
        {
            timeline.Mark("hosted services started (Kestrel listening)");
        }

        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
