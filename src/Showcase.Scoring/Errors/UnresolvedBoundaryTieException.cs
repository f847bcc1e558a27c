namespace Showcase.Scoring;

/// <summary>Finalising a round whose ranking still has a boundary tie without a recorded decision.</summary>
public sealed class UnresolvedBoundaryTieException : ScoringException
{
    public UnresolvedBoundaryTieException(BoundaryTie tie)
        : base($"Band '{tie.Grade}' (top {tie.TopRanks}) ends in a tie at rank {tie.Rank} between {string.Join(", ", tie.Entries)}: record a boundary decision (an order of exactly these entries and a reason) before finalising.")
    {
        Tie = tie;
    }

    public BoundaryTie Tie { get; }
}
