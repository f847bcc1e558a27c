using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;

namespace Showcase.Core.Outbox;

/// <summary>
/// Carries out what the outbox still holds: at start (what a crash left between commit and dispatch), then
/// every <see cref="OutboxOptions.PollInterval"/> (failed rows whose pause is over, rows another node left).
/// </summary>
internal sealed class OutboxReplayService(OutboxDispatcher dispatcher, IOptions<ShowcaseOptions> showcase, IOptions<OutboxOptions> options, ILogger<OutboxReplayService> logger)
    : BackgroundService
{
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let start-up finish first: the replay is not on the way to the first page.
        await Task.Yield();
        var leftOver = true;
        try
        {
            // Usually nothing is left: then the start compiles and runs no statement for the outbox until the first poll.
            leftOver = await dispatcher.HoldsAnyAsync(stoppingToken);
            if (leftOver && showcase.Value.Database.Provider == DatabaseProvider.Sqlite)
            {
                // One node only on SQLite: a claim still held was held by a process that is gone.
                await dispatcher.ReleaseClaimsAsync(stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not release old outbox claims");
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval);
        if (!leftOver && !await timer.WaitForNextTickAsync(stoppingToken))
        {
            return;
        }

        do
        {
            try
            {
                while (await dispatcher.DispatchDueAsync(BatchSize, stoppingToken) == BatchSize)
                {
                }

                if (showcase.Value.Database.Provider == DatabaseProvider.Postgres)
                {
                    await dispatcher.PurgeAnnouncementsAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Outbox replay failed; trying again in {Interval}", options.Value.PollInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>The <c>Showcase:Outbox</c> section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Showcase:Outbox";

    /// <summary>How often the outbox is checked for rows left over or due again. Default 5 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
