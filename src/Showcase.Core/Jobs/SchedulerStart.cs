using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Hosting;

namespace Showcase.Core.Jobs;

/// <summary>
/// Quartz's scheduler in the host's life: made and started once the start's background work may begin
/// (<see cref="IBackgroundStartGate"/>: after the first response, or a second after the start), shut down with the host,
/// its running jobs finished first.
/// </summary>
/// <remarks>
/// Making the scheduler reads its configuration and checks its store's tables, and starting it recovers what the last
/// process left (jobs it was running, triggers it had acquired) and sets its threads scanning for due triggers: about
/// 50 ms of processor before the server listened, which the first page waited for and does not need. A job that falls
/// due before the scheduler starts, or is requested before (jobs are stored in the database, and requesting one makes
/// the scheduler without starting it), runs as soon as it starts. A store that cannot be read no longer stops the host
/// from starting: the pages are served, and the log says that no job will run until a start that succeeds.
/// </remarks>
internal sealed partial class SchedulerStart(
    ISchedulerFactory factory,
    IBackgroundStartGate gate,
    IHostApplicationLifetime lifetime,
    ILogger<SchedulerStart> logger,
    StartupTimeline? timeline = null) : IHostedService
{
    private Task<IScheduler?> _starting = Task.FromResult<IScheduler?>(null);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _starting = StartWhenGateOpensAsync(lifetime.ApplicationStopping);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host signals ApplicationStopping before it stops its services, so a start still waiting has given up. A
        // scheduler made for a job request and never started is left to Quartz's factory, which the container disposes.
        if (await _starting.WaitAsync(cancellationToken) is { } started)
        {
            await started.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }

    private async Task<IScheduler?> StartWhenGateOpensAsync(CancellationToken stopping)
    {
        try
        {
            await gate.WaitAsync(stopping);
            var scheduler = await factory.GetScheduler(stopping);
            await scheduler.Start(stopping);
            timeline?.Mark("Quartz scheduler made and started (after the first response)");
            return scheduler;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host stopped first.
            return null;
        }
        catch (Exception exception)
        {
            LogStartFailed(logger, exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The job scheduler did not start; scheduled jobs (content published later, a round's next stage) will wait in the database until a start that succeeds.")]
    private static partial void LogStartFailed(ILogger logger, Exception exception);
}
