using Showcase.Abstractions.Events;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>
/// Reloads every round whose revision moved while this node was not hearing the others (its listening connection was
/// lost): its snapshots, and through them its Watch streams, catch up now rather than at the next poll.
/// </summary>
internal sealed class LeaderboardsResync(LeaderboardStore store) : INodeResync
{
    public string Concern => "leaderboard snapshots";

    public Task ResyncAsync(CancellationToken cancellationToken) => store.SynchroniseAsync(cancellationToken);
}
