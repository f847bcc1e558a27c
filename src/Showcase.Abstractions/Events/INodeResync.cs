namespace Showcase.Abstractions.Events;

/// <summary>
/// Brings one thing a node keeps for itself (a cache, its search index, snapshots) back in step with the database,
/// when the node may have missed events of other nodes: its listening connection was lost, or an
/// <see cref="EveryNodeAttribute"/> handler failed. Registered (scoped) by the module that owns the concern; the
/// core runs every one in a fresh scope and logs which ran.
/// </summary>
public interface INodeResync
{
    /// <summary>Names the concern in the log, e.g. <c>brand search index</c>.</summary>
    string Concern { get; }

    Task ResyncAsync(CancellationToken cancellationToken);
}
