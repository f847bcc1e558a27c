using System.Collections.Immutable;

namespace Showcase.Scoring.Statistics;

/// <summary>An entry's bootstrap figures: its rank's 2.5–97.5 % interval and how often it landed in the top band.</summary>
/// <param name="TopBandProbability">Share of resamples in which the first band graded it; null when the round has no bands.</param>
public sealed record RankInterval(string EntryCode, int Low, int High, double? TopBandProbability);

/// <summary>Rank uncertainty of a round: reported beside the ranking, never used by it.</summary>
public sealed record RankUncertainty(int Resamples, string? TopBand, ImmutableArray<RankInterval> Entries)
{
    public RankInterval? For(string entryCode) => Entries.FirstOrDefault(e => e.EntryCode == entryCode);
}
