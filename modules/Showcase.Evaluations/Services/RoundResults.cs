using System.Collections.Immutable;
using Showcase.Evaluations.Models;
using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>
/// A round's live results at one revision: immutable, shared between threads. Standings come from Showcase.Scoring
/// (<see cref="RoundTally"/>); they are provisional until the round is in PUBLIC_NOTICE or FINAL.
/// </summary>
public sealed class RoundResults
{
    private readonly Lazy<ImmutableArray<StageProgress>> _progress;
    private readonly Lazy<RoundSummary> _summary;

    private RoundResults(RoundSnapshot snapshot, RoundTally tally, SubmittedCards submitted, RoundStandings? earlier = null)
    {
        Snapshot = snapshot;
        Tally = tally;
        Submitted = submitted;
        Standings = tally.Standings(earlier);
        _progress = new(() => ProgressOf(Snapshot, Standings, Submitted));
        _summary = new(() => RoundDirectory.Summary(Snapshot.Round, Snapshot.Stages));
    }

    /// <summary>The results of a round from its definition, its tally of every submitted scorecard, and which scorecards are submitted.</summary>
    internal static RoundResults Of(RoundSnapshot snapshot, RoundTally tally, IEnumerable<(string Stage, string Entry, string Judge)> submitted) =>
        new(snapshot, tally, SubmittedCards.Of(submitted));

    public string RoundCode => Snapshot.Round.Code;

    /// <summary>The round's revision these results were computed at.</summary>
    public long Revision => Snapshot.Round.Revision;

    public RoundState State => Snapshot.Round.State;

    public string? OpenStage => Snapshot.Round.OpenStage;

    public bool LiveDisplay => Snapshot.Round.LiveDisplay;

    public bool IsProvisional => State is not (RoundState.PublicNotice or RoundState.Final);

    public long LedgerSequence => Snapshot.Round.LedgerSequence;

    public string LedgerHash => Snapshot.Round.LedgerHash;

    public RoundStandings Standings { get; }

    /// <summary>The round as <see cref="IRoundDirectory"/> describes it, at this revision (not read again).</summary>
    public RoundSummary Summary => _summary.Value;

    /// <summary>
    /// Counted when first asked for (the live board asks; the leaderboards' rebuild after every submission does not):
    /// a pass over entries × judges, about 2 ms for a round of 1,000 entries and five judges.
    /// </summary>
    public ImmutableArray<StageProgress> Progress => _progress.Value;

    public RoundSnapshot Snapshot { get; }

    /// <summary>
    /// Per criterion of the stage (in its order), the mean of the entry's counted scorecards with two decimals;
    /// empty when none counts. For the partner API's ratings, which show panel means, never a judge's own scores.
    /// </summary>
    public ImmutableArray<decimal> CriterionMeans(string stageKey, string entryCode) => Tally.CriterionMeans(stageKey, entryCode);

    /// <summary>
    /// The entry's counted scorecards in the stage under the judges' pseudonyms (J01, …), once the round is FINAL;
    /// empty before, so no judge's own score leaves the module while it could still change or be traced.
    /// </summary>
    public IReadOnlyList<Scorecard> PseudonymousScorecards(string stageKey, string entryCode) =>
        State != RoundState.Final
            ? []
            : [.. Tally.CountedScorecards()
                .Where(c => c.Stage == stageKey && c.Entry == entryCode)
                .Select(c => c with { Judge = Snapshot.PseudonymOf(c.Judge) })
                .OrderBy(c => c.Judge, StringComparer.Ordinal)];

    /// <summary>Read-only here: the cached tally is shared, so nothing may apply scorecards to it (<see cref="Advance"/> copies it).</summary>
    internal RoundTally Tally { get; }

    /// <summary>(stage, entry, judge) of every submitted scorecard not excluded, counted or not: what progress is measured by.</summary>
    internal SubmittedCards Submitted { get; }

    /// <summary>
    /// These results carried forward to <paramref name="round"/>, a newer row of the round whose definition is unchanged, by
    /// the scorecards submitted, amended or withdrawn since (each at its latest). Equal to a recompute from scratch at that
    /// revision (the tally's incremental update is property-tested against the full one); this object is left as it was.
    /// </summary>
    /// <exception cref="ScorecardRejectedException">A changed scorecard does not fit the definition (the caller recomputes).</exception>
    internal RoundResults Advance(Round round, IEnumerable<JudgeScorecard> changed)
    {
        var snapshot = Snapshot.WithRound(round);
        var tally = Tally.Copy();
        var changes = new List<((string Stage, string Entry, string Judge) Card, bool Submitted)>();
        foreach (var card in changed.OrderBy(c => c.RoundRevision))
        {
            var key = (card.StageKey, card.EntryCode, card.Judge);
            var known = snapshot.StageDefinition(card.StageKey) is not null;
            changes.Add((key, card.Counts));
            if (!known)
            {
                continue;
            }

            if (card.Counts)
            {
                tally.Apply(snapshot.ToScorecard(card, card.SubmittedJson!));
            }
            else
            {
                tally.Remove(card.StageKey, card.Judge, card.EntryCode);
            }
        }

        return new RoundResults(snapshot, tally, Submitted.With(changes), Standings);
    }

    /// <summary>
    /// Per stage, how many scorecards each judge and each entry taking part expects (assigned, no conflict) and how many are
    /// submitted. One pass over entries × judges with set look-ups: this runs for every revision of a live round.
    /// </summary>
    private static ImmutableArray<StageProgress> ProgressOf(RoundSnapshot snapshot, RoundStandings standings, SubmittedCards done)
    {
        var result = ImmutableArray.CreateBuilder<StageProgress>(snapshot.Stages.Count);
        foreach (var stage in snapshot.Stages)
        {
            var taking = standings.Stage(stage.Key).Entries.Select(e => e.EntryCode).ToList();
            var judges = stage.Judges.Select(j => j.Judge).Order(StringComparer.Ordinal).ToList();
            var judgeExpected = new int[judges.Count];
            var judgeDone = new int[judges.Count];
            var entries = ImmutableArray.CreateBuilder<EntryProgress>(taking.Count);
            foreach (var entry in taking)
            {
                int expected = 0, submitted = 0;
                for (var j = 0; j < judges.Count; j++)
                {
                    if (!snapshot.IsAssigned(stage, judges[j], entry) || snapshot.IsConflicted(judges[j], entry))
                    {
                        continue;
                    }

                    expected++;
                    judgeExpected[j]++;
                    if (done.Contains((stage.Key, entry, judges[j])))
                    {
                        submitted++;
                        judgeDone[j]++;
                    }
                }

                entries.Add(new EntryProgress(entry, expected, submitted));
            }

            result.Add(new StageProgress(
                stage.Key,
                [.. judges.Select((judge, j) => new JudgeProgress(judge, judgeExpected[j], judgeDone[j]))],
                entries.MoveToImmutable()));
        }

        return result.MoveToImmutable();
    }
}
