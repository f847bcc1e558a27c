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
    internal RoundResults(RoundSnapshot snapshot, RoundTally tally, RoundStandings standings, ImmutableArray<StageProgress> progress)
    {
        Snapshot = snapshot;
        Tally = tally;
        Standings = standings;
        Progress = progress;
    }

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

    public ImmutableArray<StageProgress> Progress { get; }

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

    /// <summary>Read-only here: the cached tally is shared, so nothing may apply scorecards to it.</summary>
    internal RoundTally Tally { get; }

    internal static ImmutableArray<StageProgress> ProgressOf(RoundSnapshot snapshot, RoundStandings standings, IReadOnlyCollection<(string Stage, string Entry, string Judge)> submitted)
    {
        var done = submitted.ToHashSet();
        var result = ImmutableArray.CreateBuilder<StageProgress>();
        foreach (var stage in snapshot.Stages)
        {
            var taking = standings.Stage(stage.Key).Entries.Select(e => e.EntryCode).ToList();
            var judges = stage.Judges.Select(j => j.Judge).Order(StringComparer.Ordinal).ToList();
            var expected = new List<(string Entry, string Judge)>();
            foreach (var entry in taking)
            {
                foreach (var judge in judges)
                {
                    if (snapshot.IsAssigned(stage, judge, entry) && !snapshot.IsConflicted(judge, entry))
                    {
                        expected.Add((entry, judge));
                    }
                }
            }

            bool Done((string Entry, string Judge) p) => done.Contains((stage.Key, p.Entry, p.Judge));
            result.Add(new StageProgress(
                stage.Key,
                [.. judges.Select(j => new JudgeProgress(j, expected.Count(p => p.Judge == j), expected.Count(p => p.Judge == j && Done(p))))],
                [.. taking.Select(e => new EntryProgress(e, expected.Count(p => p.Entry == e), expected.Count(p => p.Entry == e && Done(p))))]));
        }

        return result.ToImmutable();
    }
}
