using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Hosting;

namespace Showcase.Core.Jobs;

/// <summary>
/// Quartz's own hosted service (which makes, binds and starts the container's scheduler, and shuts it down and unbinds it
/// when the host stops), started once the start's background work may begin (<see cref="IBackgroundStartGate"/>: after
/// the first response, or a second after the start) rather than with the other hosted services, before Kestrel listens.
/// </summary>
/// <remarks>
/// Making the scheduler reads its configuration and checks its store's tables, and starting it recovers what the last
/// process left (jobs it was running, triggers it had acquired) and sets its threads scanning for due triggers: about
/// 50 ms of the main thread before the server listened, and more processor beside the first page, which needs none of
/// it. A job that falls due before the scheduler starts, or is requested before (jobs are stored in the database, and
/// requesting one makes the scheduler without starting it), runs as soon as it starts. A store that cannot be read no
/// longer stops the host from starting: the pages are served, and the log says that no job will run until a start
/// that succeeds.
/// </remarks>
internal sealed partial class SchedulerStart(
    QuartzHostedService quartz,
    IBackgroundStartGate gate,
    IHostApplicationLifetime lifetime,
    ILogger<SchedulerStart> logger,
    StartupTimeline? timeline = null) : IHostedService
{
    private Task _starting = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _starting = StartWhenGateOpensAsync(lifetime.ApplicationStopping);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host signals ApplicationStopping before it stops its services, so a start still waiting has given up.
        await _starting.WaitAsync(cancellationToken);

        // Quartz's service shuts down every scheduler it made, started or not; one it never made, it leaves alone.
        await quartz.StopAsync(cancellationToken);
    }

    private async Task StartWhenGateOpensAsync(CancellationToken stopping)
    {
        try
        {
            await gate.WaitAsync(stopping);
            await quartz.StartAsync(stopping);
            timeline?.Mark("Quartz scheduler made and started (after the first response)");
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host stopped first.
        }
        catch (Exception exception)
        {
            LogStartFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The job scheduler did not start; scheduled jobs (content published later, a round's next stage) will wait in the database until a start that succeeds.")]
    private static partial void LogStartFailed(ILogger logger, Exception exception);
}
