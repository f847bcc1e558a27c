using Showcase.Api.V1;
using Showcase.Evaluations.Services;
using Showcase.Scoring.Statistics;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>A round at one version as the API shows it: immutable, replaced whole with each new version.</summary>
/// <param name="Message">The <c>Round</c> message, frozen.</param>
/// <param name="Results">The results it was built from (for ratings), shared with Evaluations' cache.</param>
/// <param name="Intervals">Bootstrap rank intervals; null before the results are published.</param>
public sealed record RoundView(Api.V1.Round Message, RoundResults Results, RankUncertainty? Intervals)
{
    public string Code => Results.RoundCode;

    public long Version => Message.Version;

    public Evaluations.Models.RoundState State => Results.State;

    public bool LiveDisplay => Results.LiveDisplay;

    public int Year => Message.Year;
}
