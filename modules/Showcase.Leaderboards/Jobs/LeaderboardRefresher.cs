using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;
using Showcase.Leaderboards.Snapshots;

namespace Showcase.Leaderboards.Jobs;

/// <summary>
/// The store's one writer: loads every round at start, rebuilds a round when its events ask for it, and polls for
/// revisions this node has not seen (changes made by another node, or events lost in a crash).
/// </summary>
internal sealed class LeaderboardRefresher(
    LeaderboardStore store,
    IBackgroundStartGate gate,
    IOptions<LeaderboardsOptions> options,
    ILogger<LeaderboardRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Loading every round (their standings, their bootstrap) is the start's heaviest background work: it waits until
        // the first request has been answered. Until it is done, the API answers UNAVAILABLE with a retry delay.
        await gate.WaitAsync(stoppingToken);
        await RunSafelyAsync(() => store.SynchroniseAsync(stoppingToken), "loading the leaderboards");
        var lastPoll = DateTime.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval - (DateTime.UtcNow - lastPoll);
            if (wait > TimeSpan.Zero)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(wait);
                try
                {
                    if (await store.Requests.WaitToReadAsync(timeout.Token))
                    {
                        while (store.Requests.TryRead(out var code))
                        {
                            var revision = store.TakeRequest(code);
                            await RunSafelyAsync(() => store.RefreshAsync(code, revision, stoppingToken), "refreshing round " + code);
                        }

                        continue;
                    }
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The poll interval is up.
                }
            }

            lastPoll = DateTime.UtcNow;
            await RunSafelyAsync(() => store.SynchroniseAsync(stoppingToken), "polling the rounds");
        }
    }

    private async Task RunSafelyAsync(Func<Task> work, string what)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The old versions stay served; the next event or poll tries again.
            logger.LogError(e, "Leaderboards: failed {What}", what);
        }
    }
}
