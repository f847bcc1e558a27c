namespace Showcase.Scoring;

/// <summary>
/// A grade band. The first band that matches an entry gives its grade: <see cref="TopRanks"/> N matches rank ≤ N,
/// <see cref="MinScore"/> matches score ≥ it, both together need both, neither matches everyone left.
/// </summary>
public sealed record Band(string Grade, int? TopRanks = null, decimal? MinScore = null);
