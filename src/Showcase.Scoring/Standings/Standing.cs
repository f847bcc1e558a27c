using System.Collections.Immutable;

namespace Showcase.Scoring;

/// <summary>One entry's line in the round's ranking.</summary>
/// <param name="Score">
/// The round score R_i for a ranked entry, the stage score where it stopped for an eliminated one, null when unranked.
/// Always two decimals ("90.00").
/// </param>
/// <param name="Rank">Competition rank ("1, 2, 2, 4"); 0 when unranked.</param>
/// <param name="Position">1..N, unique.</param>
/// <param name="Tied">Another entry shares the rank.</param>
/// <param name="Grade">The first matching band's grade; "" for an entry no band grades.</param>
/// <param name="BoundaryTie">The entry was tied at the edge of a <c>topRanks</c> band (it stays true after a decision).</param>
/// <param name="JudgeCount">The panel size in <paramref name="StageReached"/>.</param>
/// <param name="StageReached">The last stage the entry took part in; null when withdrawn.</param>
/// <param name="Stages">Its result in each stage it took part in, in stage order.</param>
public sealed record Standing(
    string EntryCode,
    StandingStatus Status,
    decimal? Score,
    int Rank,
    int Position,
    bool Tied,
    string Grade,
    bool BoundaryTie,
    int JudgeCount,
    string? StageReached,
    ImmutableArray<StageScore> Stages)
{
    /// <summary>The score as the API and the export write it: "89.67", or "" when there is none.</summary>
    public string ScoreText => Score?.ToInvariantString() ?? "";
}
