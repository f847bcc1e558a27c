using System.Collections.Immutable;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>
/// A leaderboard's entry codes numbered once, a slot each, and shared by its versions while they hold the same entries.
/// A version then keeps its index as one number per slot (4 kB for 1,000 entries) instead of a dictionary of its own
/// (about 30 kB): a live round makes a version at every submission and keeps the last ones, so this is what each of them
/// would otherwise add to the heap the collector keeps going through.
/// </summary>
internal sealed class EntrySlots
{
    private readonly Dictionary<string, int> _slots;

    private EntrySlots(Dictionary<string, int> slots) => _slots = slots;

    public int Count => _slots.Count;

    /// <exception cref="ArgumentException">Two entries have the same code.</exception>
    public static EntrySlots Of(ImmutableArray<LeaderboardEntry> entries)
    {
        var slots = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            slots.Add(entry.EntryCode, slots.Count);
        }

        return new EntrySlots(slots);
    }

    /// <returns>the code's slot, or -1.</returns>
    public int SlotOf(string entryCode) => _slots.TryGetValue(entryCode, out var slot) ? slot : -1;
}
