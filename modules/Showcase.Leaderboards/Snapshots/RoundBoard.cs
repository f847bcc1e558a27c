using System.Collections.Frozen;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>
/// A round held in memory: its current <see cref="RoundView"/> and the histories of its leaderboards (the round's
/// and each stage's). The view is swapped whole; the histories live as long as the round's shape does.
/// </summary>
public sealed class RoundBoard(string code)
{
    private volatile RoundView? _view;
    private volatile FrozenDictionary<string, LeaderboardHistory> _leaderboards = FrozenDictionary<string, LeaderboardHistory>.Empty;

    public string Code { get; } = code;

    public RoundView? View => _view;

    /// <summary>The round's leaderboards by parent name: <c>rounds/{code}</c> and <c>rounds/{code}/stages/{key}</c>.</summary>
    public FrozenDictionary<string, LeaderboardHistory> Leaderboards => _leaderboards;

    public LeaderboardHistory? Leaderboard(string parent) => _leaderboards.GetValueOrDefault(parent);

    /// <summary>Called by the round's single writer: the histories for these parents (new ones made, gone ones closed).</summary>
    internal IReadOnlyDictionary<string, LeaderboardHistory> EnsureLeaderboards(IReadOnlyCollection<string> parents)
    {
        var current = _leaderboards;
        if (parents.Count == current.Count && parents.All(current.ContainsKey))
        {
            return current;
        }

        var next = parents.ToDictionary(p => p, p => current.GetValueOrDefault(p) ?? new LeaderboardHistory(p), StringComparer.Ordinal);
        foreach (var (parent, history) in current)
        {
            if (!next.ContainsKey(parent))
            {
                history.Close();
            }
        }

        _leaderboards = next.ToFrozenDictionary(StringComparer.Ordinal);
        return _leaderboards;
    }

    /// <summary>What the current versions' lines were built from; written and read by the round's single writer only.</summary>
    internal SnapshotSource? BuiltFrom { get; set; }

    internal void SetView(RoundView view) => _view = view;

    internal void Close()
    {
        foreach (var history in _leaderboards.Values)
        {
            history.Close();
        }
    }
}
