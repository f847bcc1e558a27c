using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;

namespace Showcase.Core.Hosting;

/// <summary>
/// <see cref="IFirstRequest"/>: completed by the first request's end (<see cref="FirstRequestMark"/>), or by a timer
/// started when the host begins to listen. The timer runs on real time, not the host's <see cref="TimeProvider"/>:
/// it is about sharing the processor, not about the domain's clock.
/// </summary>
internal sealed class FirstRequestSignal : IFirstRequest
{
    private readonly TaskCompletionSource _served = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FirstRequestSignal(IOptions<ShowcaseOptions> options, IHostApplicationLifetime lifetime)
    {
        var delay = options.Value.BackgroundStartDelay;
        lifetime.ApplicationStarted.Register(() =>
        {
            if (delay <= TimeSpan.Zero)
            {
                Complete();
            }
            else
            {
                _ = Task.Delay(delay, lifetime.ApplicationStopping).ContinueWith(_ => Complete(), TaskScheduler.Default);
            }
        });
    }

    public Task Served => _served.Task;

    public void Complete() => _served.TrySetResult();
}
