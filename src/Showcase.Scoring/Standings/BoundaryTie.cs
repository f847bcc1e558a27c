using System.Collections.Immutable;

namespace Showcase.Scoring;

/// <summary>
/// More than <see cref="TopRanks"/> entries have a rank ≤ <see cref="TopRanks"/>: the entries sharing <see cref="Rank"/>
/// straddle the edge of band <see cref="Grade"/>. Resolved once a boundary decision orders exactly these entries.
/// </summary>
/// <param name="Entries">The tied entries, by code.</param>
public sealed record BoundaryTie(string Grade, int TopRanks, int Rank, ImmutableArray<string> Entries, BoundaryDecision? Decision)
{
    public bool IsResolved => Decision is not null;
}
