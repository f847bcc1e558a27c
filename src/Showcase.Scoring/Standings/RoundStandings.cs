using System.Collections.Immutable;

namespace Showcase.Scoring;

/// <summary>An immutable picture of a round's results: the round's ranking, each stage's ranking and the boundary ties.</summary>
public sealed class RoundStandings
{
    internal RoundStandings(RoundPlan plan, ImmutableArray<Standing> entries, ImmutableArray<StageStandings> stages, ImmutableArray<BoundaryTie> boundaryTies, ImmutableArray<BoundaryDecision> unappliedDecisions, Standing[] roundLines, StageStanding[][] stageLines)
    {
        Plan = plan;
        Round = plan.Round;
        RoundLines = roundLines;
        StageLines = stageLines;
        Entries = entries;
        Stages = stages;
        BoundaryTies = boundaryTies;
        UnappliedDecisions = unappliedDecisions;
    }

    public RoundDefinition Round { get; }

    /// <summary>The plan these standings were laid out from; the next layout of the same plan takes unchanged lines over.</summary>
    internal RoundPlan Plan { get; }

    /// <summary>Each entry's line in the round's ranking, by the plan's entry ordinal.</summary>
    internal Standing[] RoundLines { get; }

    /// <summary>Per stage, each entry's line in that stage's ranking by entry ordinal; null where it did not take part.</summary>
    internal StageStanding[][] StageLines { get; }

    /// <summary>The round's ranking, by position.</summary>
    public ImmutableArray<Standing> Entries { get; }

    /// <summary>Each stage's own ranking, in stage order.</summary>
    public ImmutableArray<StageStandings> Stages { get; }

    /// <summary>The boundary ties of the round's ranking, one per <c>topRanks</c> band whose edge falls inside a tie.</summary>
    public ImmutableArray<BoundaryTie> BoundaryTies { get; }

    /// <summary>Recorded decisions that order no current boundary tie (the scores moved since); they change nothing.</summary>
    public ImmutableArray<BoundaryDecision> UnappliedDecisions { get; }

    /// <summary>True when no boundary tie is waiting for a decision.</summary>
    public bool CanBeFinalised => BoundaryTies.All(t => t.IsResolved);

    public Standing this[string entryCode] => TryGetStanding(entryCode, out var standing)
        ? standing
        : throw new KeyNotFoundException($"Entry '{entryCode}' is not in round '{Round.Code}'.");

    /// <summary>Through the plan's index of entry codes: every entry of the plan has a line in the round's ranking.</summary>
    public bool TryGetStanding(string entryCode, out Standing standing)
    {
        standing = Plan.TryGetEntry(entryCode, out var e) ? RoundLines[e] : null!;
        return standing is not null;
    }

    public StageStandings Stage(string stageKey) =>
        Stages.FirstOrDefault(s => s.Stage == stageKey) ?? throw new KeyNotFoundException($"Round '{Round.Code}' has no stage '{stageKey}'.");

    /// <summary>
    /// Refuses a decision that does not order a current boundary tie: the tie of its band when it names one (any tie when
    /// not), and it must be the decision that tie took (not one of the same entries listed before it). Call it on the
    /// standings computed with the decision, when it is recorded.
    /// </summary>
    /// <exception cref="UnappliedBoundaryDecisionException">The decision orders no such tie; it names the ties there are.</exception>
    public void EnsureApplied(BoundaryDecision decision)
    {
        if (!BoundaryTies.Any(t => (decision.Band is null || t.Grade == decision.Band) && t.Decision is { } taken && taken.IsSameAs(decision)))
        {
            throw new UnappliedBoundaryDecisionException(decision, BoundaryTies);
        }
    }

    /// <summary>Finalising (FINAL) needs every boundary tie decided.</summary>
    /// <exception cref="UnresolvedBoundaryTieException">The first boundary tie without a decision.</exception>
    public void EnsureCanBeFinalised()
    {
        foreach (var tie in BoundaryTies)
        {
            if (!tie.IsResolved)
            {
                throw new UnresolvedBoundaryTieException(tie);
            }
        }
    }
}
