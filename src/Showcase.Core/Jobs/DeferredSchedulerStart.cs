using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Showcase.Core.Jobs;

/// <summary>
/// Starts Quartz once the host has started, in the background, instead of in the hosted services' start:
/// creating the scheduler (checking its tables, recovering missed triggers, joining the cluster) is work the
/// first page does not need. Jobs never ran before the host had started anyway; they now run a moment
/// later. Stopping waits for the start, then shuts the scheduler down letting running jobs finish.
/// </summary>
internal sealed class DeferredSchedulerStart(
    ISchedulerFactory factory,
    IHostApplicationLifetime lifetime,
    ILogger<DeferredSchedulerStart> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _start = Task.CompletedTask;
    private IScheduler? _scheduler;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _start = Task.Run(StartSchedulerAsync));
        return Task.CompletedTask;
    }

    private async Task StartSchedulerAsync()
    {
        try
        {
            _scheduler = await factory.GetScheduler(_stopping.Token);
            await _scheduler.Start(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // stopped before it started
        }
        catch (Exception e)
        {
            logger.LogError(e, "The job scheduler did not start; scheduled jobs wait in the database for the next start");
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _start;
        if (_scheduler is { } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }

    public void Dispose() => _stopping.Dispose();
}
