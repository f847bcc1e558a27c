using System.Collections.Concurrent;
using System.Collections.Immutable;
using Showcase.Leaderboards.Watching;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>
/// One leaderboard over time: its current <see cref="LeaderboardSnapshot"/> and the older versions that page tokens
/// and resuming watchers may still pin, and the watchers to tell about new versions. A new version replaces the
/// current one in one reference assignment, so a reader sees either the old or the new version, never a mix, and
/// never waits: only the (single) writer of a round takes the lock.
/// </summary>
public sealed class LeaderboardHistory(string parent)
{
    private readonly Lock _write = new();
    private readonly ConcurrentDictionary<long, LeaderboardWatcher> _watchers = new();
    private volatile State? _state;

    public string Parent { get; } = parent;

    /// <summary>The current version, or null before the first.</summary>
    public LeaderboardSnapshot? Current => _state?.Current;

    /// <summary>The versions kept besides the current one, oldest first.</summary>
    public int KeptCount => _state?.Kept.Length ?? 0;

    public int WatcherCount => _watchers.Count;

    /// <returns>the version if it is current or still kept; otherwise null.</returns>
    public LeaderboardSnapshot? Find(long version)
    {
        var state = _state;
        if (state is null)
        {
            return null;
        }

        if (state.Current.Version == version)
        {
            return state.Current;
        }

        foreach (var (snapshot, _) in state.Kept)
        {
            if (snapshot.Version == version)
            {
                return snapshot;
            }
        }

        return null;
    }

    /// <summary>
    /// Makes <paramref name="next"/> current (if it is newer), keeps the one it replaces while the limits allow,
    /// and offers every watcher the change. Watchers' queues never block this.
    /// </summary>
    /// <returns>false when <paramref name="next"/> is not newer than the current version.</returns>
    public bool Publish(LeaderboardSnapshot next, int keepVersions, TimeSpan keepFor, DateTimeOffset now)
    {
        EncodedEvent? change = null;
        lock (_write)
        {
            var state = _state;
            if (state is not null && next.Version <= state.Current.Version)
            {
                return false;
            }

            var kept = state is null ? [] : state.Kept.Add((state.Current, now));
            var drop = 0;
            while (drop < kept.Length && (kept.Length - drop > keepVersions || now - kept[drop].SupersededUtc > keepFor))
            {
                drop++;
            }

            _state = new State(next, drop == 0 ? kept : kept.RemoveRange(0, drop));
            if (state is not null && !_watchers.IsEmpty)
            {
                change = EncodedEvent.Create(next.ChangeFrom(state.Current));
            }
        }

        if (change is not null)
        {
            foreach (var watcher in _watchers.Values)
            {
                watcher.Offer(change);
            }
        }

        return true;
    }

    /// <summary>Forgets kept versions older than <paramref name="keepFor"/> even when no new version comes.</summary>
    public void Trim(TimeSpan keepFor, DateTimeOffset now)
    {
        lock (_write)
        {
            if (_state is { } state && state.Kept.Length > 0 && now - state.Kept[0].SupersededUtc > keepFor)
            {
                _state = state with { Kept = [.. state.Kept.Where(k => now - k.SupersededUtc <= keepFor)] };
            }
        }
    }

    public void Add(LeaderboardWatcher watcher) => _watchers[watcher.Id] = watcher;

    public void Remove(LeaderboardWatcher watcher) => _watchers.TryRemove(watcher.Id, out _);

    /// <summary>Ends every watcher's stream (the leaderboard is gone or no longer visible).</summary>
    public void Close()
    {
        foreach (var watcher in _watchers.Values)
        {
            watcher.Close();
        }
    }

    private sealed record State(LeaderboardSnapshot Current, ImmutableArray<(LeaderboardSnapshot Snapshot, DateTimeOffset SupersededUtc)> Kept);
}
