namespace Showcase.Evaluations.Notice;

/// <summary>A grade band of the published results: the first band an entry matches gives its grade.</summary>
/// <param name="MinScore">As the export writes it ("90"), or "" when the band has no score condition.</param>
public sealed record NoticeBand(string Grade, int? TopRanks, string MinScore);
