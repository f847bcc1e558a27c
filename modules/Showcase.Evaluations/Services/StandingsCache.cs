using System.Collections.Concurrent;
using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Services;

/// <summary>The latest computed results of each round, by revision (a singleton; the values are immutable).</summary>
public sealed class StandingsCache
{
    private readonly ConcurrentDictionary<string, RoundResults> _results = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public bool TryGet(string roundCode, long revision, out RoundResults results) =>
        _results.TryGetValue(roundCode, out results!) && results.Revision == revision;

    /// <summary>The newest results held for the round, whatever their revision: the starting point for carrying them forward.</summary>
    public bool TryGetLatest(string roundCode, out RoundResults results) => _results.TryGetValue(roundCode, out results!);

    public void Store(RoundResults results) =>
        _results.AddOrUpdate(results.RoundCode, results, (_, current) => current.Revision > results.Revision ? current : results);

    /// <summary>
    /// The results of the revision just before <paramref name="round"/>'s, of the same round and definition: what a
    /// change to scorecards only, made under the round's lock at <paramref name="round"/>'s revision, starts from.
    /// </summary>
    internal bool TryGetJustBefore(Round round, out RoundResults results) =>
        TryGet(round.Code, round.Revision - 1, out results)
        && results.Snapshot.Round.Id == round.Id
        && results.Snapshot.Round.DefinitionRevision == round.DefinitionRevision;

    /// <summary>
    /// Carries the results of the revision just before <paramref name="round"/>'s forward by <paramref name="card"/>, when
    /// that card is all that changed between the two (the caller's promise) and the definition is the same; otherwise
    /// leaves the cache alone, for the next reader to compute. Equal to what <see cref="StandingsReader"/> would compute.
    /// </summary>
    internal void CarryForward(Round round, JudgeScorecard card)
    {
        if (!TryGetJustBefore(round, out var earlier))
        {
            return;
        }

        try
        {
            Store(earlier.Advance(round, [card]));
        }
        catch (Scoring.ScorecardRejectedException)
        {
            // A card the definition refuses: the reader's full computation reports it.
        }
    }

    /// <summary>One computation per round at a time: callers asking for the same revision wait and share it.</summary>
    public SemaphoreSlim LockFor(string roundCode) => _locks.GetOrAdd(roundCode, _ => new SemaphoreSlim(1, 1));
}
