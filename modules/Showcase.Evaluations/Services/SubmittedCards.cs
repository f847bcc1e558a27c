namespace Showcase.Evaluations.Services;

/// <summary>
/// The (stage, entry, judge) of every submitted scorecard that is not excluded, at one revision: immutable, shared
/// between threads. It is a set read once in a while (progress, for the live board) and carried forward at every
/// submission, so it is kept as a base set and the cards submitted or withdrawn since, aside while they are few.
/// A round of 1,000 entries and five judges has 5,000 cards: copying the whole set at every submission put 200 kB on
/// the large-object heap each time and made the collector's full collections frequent.
/// </summary>
internal sealed class SubmittedCards
{
    /// <summary>How many changes are kept aside before they are folded into a new base set.</summary>
    internal const int MaxChanges = 256;

    // Neither is changed once this object is built: a newer revision gets a new object.
    private readonly HashSet<(string Stage, string Entry, string Judge)> _base;
    private readonly Dictionary<(string Stage, string Entry, string Judge), bool>? _changes;

    private SubmittedCards(HashSet<(string Stage, string Entry, string Judge)> @base, Dictionary<(string Stage, string Entry, string Judge), bool>? changes)
    {
        _base = @base;
        _changes = changes;
    }

    public static SubmittedCards Of(IEnumerable<(string Stage, string Entry, string Judge)> cards) => new(cards.ToHashSet(), null);

    /// <summary>How many changes are kept aside (for tests: they are folded in once there are more than <see cref="MaxChanges"/>).</summary>
    internal int PendingChanges => _changes?.Count ?? 0;

    public bool Contains((string Stage, string Entry, string Judge) card) =>
        _changes is not null && _changes.TryGetValue(card, out var submitted) ? submitted : _base.Contains(card);

    /// <summary>These cards with each of <paramref name="changes"/> submitted (true) or taken out (false), in order; this object is left as it was.</summary>
    public SubmittedCards With(IEnumerable<((string Stage, string Entry, string Judge) Card, bool Submitted)> changes)
    {
        var merged = _changes is null ? [] : new Dictionary<(string Stage, string Entry, string Judge), bool>(_changes);
        foreach (var (card, submitted) in changes)
        {
            merged[card] = submitted;
        }

        if (merged.Count <= MaxChanges)
        {
            return new SubmittedCards(_base, merged);
        }

        var folded = new HashSet<(string Stage, string Entry, string Judge)>(_base);
        foreach (var (card, submitted) in merged)
        {
            if (submitted)
            {
                folded.Add(card);
            }
            else
            {
                folded.Remove(card);
            }
        }

        return new SubmittedCards(folded, null);
    }
}
