using System.Collections.Immutable;

namespace Showcase.Scoring;

/// <summary>One entry's line in a stage's own ranking (no bands, boundary flags or decisions there).</summary>
/// <param name="Status"><see cref="StandingStatus.Ranked"/> or <see cref="StandingStatus.InsufficientPanel"/>.</param>
/// <param name="Advanced">It goes on to the next stage.</param>
/// <param name="TieBreakMeans">T_ic for the stage's tie-break criteria in priority order; empty when unranked.</param>
public sealed record StageStanding(
    string EntryCode,
    StandingStatus Status,
    decimal? Score,
    int Rank,
    int Position,
    bool Tied,
    int JudgeCount,
    bool Advanced,
    ImmutableArray<decimal> TieBreakMeans)
{
    public string ScoreText => Score?.ToInvariantString() ?? "";
}

/// <summary>A stage's ranking: the entries that took part in it, ranked ones first.</summary>
public sealed record StageStandings(string Stage, ImmutableArray<StageStanding> Entries);
