using System.Collections.Immutable;

namespace Showcase.Scoring;

/// <summary>
/// A boundary decision that orders no current boundary tie (of its band, when it names one). SCORING.md: one recorded that
/// way is refused (INVALID_DECISION); it is never applied to something else.
/// </summary>
public sealed class UnappliedBoundaryDecisionException : ScoringException
{
    public UnappliedBoundaryDecisionException(BoundaryDecision decision, ImmutableArray<BoundaryTie> ties)
        : base(Describe(decision, ties))
    {
        Decision = decision;
        Ties = ties;
    }

    public BoundaryDecision Decision { get; }

    /// <summary>The boundary ties of the round's ranking as it stands.</summary>
    public ImmutableArray<BoundaryTie> Ties { get; }

    private static string Describe(BoundaryDecision decision, ImmutableArray<BoundaryTie> ties)
    {
        var band = decision.Band is null ? "any band" : $"band '{decision.Band}'";
        var now = ties.IsDefaultOrEmpty ? "none" : string.Join("; ", ties.Select(t => $"{t.Grade}: {string.Join(", ", t.Entries)}"));
        return $"The order {string.Join(", ", decision.Order)} matches no boundary tie of {band} (ties now: {now}); a decision orders exactly the entries tied at the band's edge.";
    }
}
