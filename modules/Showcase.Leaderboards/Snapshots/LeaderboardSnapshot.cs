using System.Collections.Concurrent;
using System.Collections.Immutable;
using Google.Protobuf;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>
/// One version of one leaderboard (a round's ranking or one stage's), never changed once built.
/// <para>
/// Invariant: <see cref="Entries"/> holds every entry of the leaderboard exactly once, ordered by
/// <c>position</c> (1..N, no gaps), and the ranked entries (<c>rank</c> &gt; 0) are the prefix
/// <c>Entries[0..RankedCount)</c>; <see cref="IndexOf"/> maps an entry code to its index in that order. A page is
/// a slice of this order at this version, so paging a pinned version lists every entry once, in one order.
/// </para>
/// Everything else here serves that: slices, the entry index, and the bytes of each page and event encoded once
/// and then shared by every caller (the messages are treated as frozen: nothing may change them after build).
/// </summary>
public sealed class LeaderboardSnapshot
{
    /// <summary>How many distinct pages of one version keep their bytes; more (odd page sizes) are encoded per call.</summary>
    internal const int MaxCachedPages = 256;

    // The entry index: the codes' slots, shared with the previous version when it holds the same entries, and this
    // version's index + 1 per slot (0 for none). Only read after the constructor.
    private readonly EntrySlots _slots;
    private readonly int[] _indexBySlot;

    // For building the next version only, and taken by it (a superseded version keeps neither): each index's slot, so
    // that a line the next version holds at the same index needs no look-up; and what each line was built from
    // (SnapshotBuilder), so that a line whose source the next results hold unchanged is taken over without a comparison.
    private int[]? _slotByIndex;
    private object[]? _sources;
    private readonly ConcurrentDictionary<PageKey, EncodedPage> _pages = new();
    private EncodedEvent? _initial;
    private EncodedEvent? _resync;

    /// <param name="previous">The version this one follows, if any: its entry slots are shared when they fit.</param>
    /// <param name="sources">What each line was built from, in the order of <paramref name="entries"/> (<see cref="SnapshotBuilder"/>), or null.</param>
    public LeaderboardSnapshot(string parent, long version, ImmutableArray<LeaderboardEntry> entries, DateTimeOffset builtUtc, LeaderboardSnapshot? previous = null, object[]? sources = null)
    {
        if (sources is not null && sources.Length != entries.Length)
        {
            throw new ArgumentException($"{sources.Length} sources for {entries.Length} entries of {parent}.", nameof(sources));
        }

        Parent = parent;
        Version = version;
        Entries = entries;
        BuiltUtc = builtUtc;
        var ranked = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Position != i + 1)
            {
                throw new ArgumentException($"Entry {entry.EntryCode} has position {entry.Position} at index {i} of {parent}.", nameof(entries));
            }

            if (entry.Rank > 0)
            {
                if (ranked != i)
                {
                    throw new ArgumentException($"Ranked entry {entry.EntryCode} follows an unranked one in {parent}.", nameof(entries));
                }

                ranked++;
            }
        }

        RankedCount = ranked;
        _sources = sources;
        _slotByIndex = new int[entries.Length];

        // The previous version's hints are this one's to use, or to drop (its builder has taken the sources it used).
        var previousSlots = previous is null ? null : Interlocked.Exchange(ref previous._slotByIndex, null);
        if (previous is not null)
        {
            Interlocked.Exchange(ref previous._sources, null);
        }

        if (previous?._slots is { } shared && shared.Count == entries.Length
            && Index(entries, shared, _slotByIndex, previous.Entries, previousSlots) is { } index)
        {
            (_slots, _indexBySlot) = (shared, index);
        }
        else
        {
            _slots = EntrySlots.Of(entries);
            _indexBySlot = Index(entries, _slots, _slotByIndex, default, null)!;
        }
    }

    /// <summary>The leaderboard's resource name: <c>rounds/{code}</c> or <c>rounds/{code}/stages/{key}</c>.</summary>
    public string Parent { get; }

    public long Version { get; }

    /// <summary>Every entry in position order; ranked ones first.</summary>
    public ImmutableArray<LeaderboardEntry> Entries { get; }

    public int RankedCount { get; }

    public DateTimeOffset BuiltUtc { get; }

    /// <summary>The number of entries a list shows.</summary>
    public int Count(bool includeUnranked) => includeUnranked ? Entries.Length : RankedCount;

    /// <returns>the entry's index in <see cref="Entries"/>, or -1.</returns>
    public int IndexOf(string entryCode) => _slots.SlotOf(entryCode) is var slot and >= 0 ? _indexBySlot[slot] - 1 : -1;

    public LeaderboardEntry? Find(string entryCode) => IndexOf(entryCode) is var i and >= 0 ? Entries[i] : null;

    /// <summary>
    /// As <see cref="IndexOf"/>, looking first at index <paramref name="at"/> and then beside it: from one version to the
    /// next most lines keep their place, and those between an entry's old and new place move by one.
    /// </summary>
    public int IndexNear(string entryCode, int at) =>
        Holds(at, entryCode) ? at
        : Holds(at - 1, entryCode) ? at - 1
        : Holds(at + 1, entryCode) ? at + 1
        : IndexOf(entryCode);

    /// <summary>What each line was built from, handed once to the builder of the next version; null afterwards or when unknown.</summary>
    internal object[]? TakeSources() => Interlocked.Exchange(ref _sources, null);

    /// <summary>A page as it goes on the wire, built and encoded on first use and shared afterwards.</summary>
    /// <param name="nextToken">Makes the page's next token, called only when there is a next page.</param>
    public EncodedPage Page(int offset, int size, bool includeUnranked, Func<int, string> nextToken)
    {
        var key = new PageKey(offset, size, includeUnranked);
        if (_pages.TryGetValue(key, out var page))
        {
            return page;
        }

        page = EncodedPage.Create(BuildPage(offset, size, includeUnranked, nextToken));
        return _pages.Count < MaxCachedPages ? _pages.GetOrAdd(key, page) : page;
    }

    /// <summary>The whole leaderboard as a Watch event, encoded once per reason.</summary>
    public EncodedEvent SnapshotEvent(SnapshotReason reason)
    {
        ref var slot = ref reason == SnapshotReason.Resync ? ref _resync : ref _initial;
        return slot ??= EncodedEvent.Create(new LeaderboardEvent
        {
            Version = Version,
            Snapshot = new LeaderboardSnapshotEvent { Entries = { Entries }, Reason = reason },
        });
    }

    /// <summary>The Watch event that takes a holder of <paramref name="previous"/> to this version: the lines that differ.</summary>
    public LeaderboardEvent ChangeFrom(LeaderboardSnapshot previous)
    {
        var change = new LeaderboardChangeEvent { PreviousVersion = previous.Version, TotalSize = Entries.Length };
        for (var i = 0; i < Entries.Length; i++)
        {
            // A line taken over unchanged from the previous version is the same object (SnapshotBuilder), most often
            // at the same index; an entry's line is in a version once, so finding it there ends the search.
            var entry = Entries[i];
            if (i < previous.Entries.Length && ReferenceEquals(previous.Entries[i], entry))
            {
                continue;
            }

            var at = previous.IndexNear(entry.EntryCode, i);
            if (at < 0 || (!ReferenceEquals(previous.Entries[at], entry) && !previous.Entries[at].Equals(entry)))
            {
                change.ChangedEntries.Add(entry);
            }
        }

        // Versions that share their slots hold the same entries (see the constructor): none was removed.
        if (!ReferenceEquals(_slots, previous._slots))
        {
            foreach (var entry in previous.Entries)
            {
                if (IndexOf(entry.EntryCode) < 0)
                {
                    change.RemovedEntries.Add(entry.Name);
                }
            }
        }

        return new LeaderboardEvent { Version = Version, Change = change };
    }

    private bool Holds(int index, string entryCode) =>
        (uint)index < (uint)Entries.Length && string.Equals(Entries[index].EntryCode, entryCode, StringComparison.Ordinal);

    private ListLeaderboardEntriesResponse BuildPage(int offset, int size, bool includeUnranked, Func<int, string> nextToken)
    {
        var total = Count(includeUnranked);
        var start = Math.Min(offset, total);
        var end = Math.Min(total, start + size);
        var response = new ListLeaderboardEntriesResponse { Version = Version, TotalSize = total };
        for (var i = start; i < end; i++)
        {
            response.Entries.Add(Entries[i]);
        }

        if (end < total)
        {
            response.NextPageToken = nextToken(end);
        }

        return response;
    }

    /// <summary>Each slot's index in <paramref name="entries"/> + 1, and each index's slot into <paramref name="slotByIndex"/>.</summary>
    /// <param name="previousEntries">The previous version's lines, with <paramref name="previousSlots"/> its slot by index: a line
    /// it held at the same index (the same object) has the same slot, found without a look-up.</param>
    /// <returns>null when an entry has no slot or shares one.</returns>
    private static int[]? Index(ImmutableArray<LeaderboardEntry> entries, EntrySlots slots, int[] slotByIndex, ImmutableArray<LeaderboardEntry> previousEntries, int[]? previousSlots)
    {
        var index = new int[slots.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var slot = previousSlots is not null && i < previousSlots.Length && ReferenceEquals(entries[i], previousEntries[i])
                ? previousSlots[i]
                : slots.SlotOf(entries[i].EntryCode);
            if (slot < 0 || index[slot] != 0)
            {
                return null;
            }

            index[slot] = i + 1;
            slotByIndex[i] = slot;
        }

        return index;
    }

    private readonly record struct PageKey(int Offset, int Size, bool IncludeUnranked);
}
