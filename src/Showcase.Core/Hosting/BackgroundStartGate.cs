using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;

namespace Showcase.Core.Hosting;

/// <summary>
/// Opens once the first response has been sent (<see cref="UseBackgroundStartGate"/> watches the requests until then),
/// or <see cref="ShowcaseOptions.BackgroundStartDelay"/> after the application started, whichever comes first.
/// </summary>
internal sealed class BackgroundStartGate : IBackgroundStartGate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BackgroundStartGate(IHostApplicationLifetime lifetime, IOptions<ShowcaseOptions> options)
    {
        var delay = options.Value.BackgroundStartDelay;
        lifetime.ApplicationStarted.Register(() =>
        {
            if (delay <= TimeSpan.Zero)
            {
                Open();
                return;
            }

            // On the system's clock, not the host's TimeProvider (a test's clock may stand still). Not disposed: it fires
            // once, and then the gate is open for the life of the process.
            _ = TimeProvider.System.CreateTimer(static state => ((BackgroundStartGate)state!).Open(), this, delay, Timeout.InfiniteTimeSpan);
        });
    }

    public bool IsOpen => _open.Task.IsCompleted;

    public Task WaitAsync(CancellationToken cancellationToken) => _open.Task.WaitAsync(cancellationToken);

    public void Open() => _open.TrySetResult();
}

internal static class BackgroundStartGateMiddleware
{
    /// <summary>Opens the gate when the first response has been sent; every later request only reads one field.</summary>
    public static IApplicationBuilder UseBackgroundStartGate(this IApplicationBuilder app)
    {
        var gate = app.ApplicationServices.GetRequiredService<BackgroundStartGate>();
        return app.Use((context, next) =>
        {
            if (!gate.IsOpen)
            {
                context.Response.OnCompleted(static state =>
                {
                    ((BackgroundStartGate)state).Open();
                    return Task.CompletedTask;
                }, gate);
            }

            return next(context);
        });
    }
}
