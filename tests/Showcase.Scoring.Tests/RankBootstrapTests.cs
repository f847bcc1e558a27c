using Shouldly;
using Showcase.Scoring.Export;
using Showcase.Scoring.Statistics;

namespace Showcase.Scoring.Tests;

public sealed class RankBootstrapTests
{
    private static readonly string Digest = ResultsExport.Digest(Samples.Export());

    private static RoundTally SampleTally() => RoundTally.Create(Samples.Round(), Samples.Scorecards());

    [Fact]
    public void The_same_digest_gives_the_same_figures()
    {
        var first = RankBootstrap.Compute(SampleTally(), Digest);
        var second = RankBootstrap.Compute(SampleTally(), Digest);

        second.Entries.ShouldBe(first.Entries);
        first.Resamples.ShouldBe(1000);
        first.TopBand.ShouldBe("TOP1");
    }

    [Fact]
    public void Another_digest_draws_other_resamples()
    {
        var first = RankBootstrap.Compute(SampleTally(), Digest);
        var other = RankBootstrap.Compute(SampleTally(), new string('7', 64));

        other.Entries.Select(e => e.TopBandProbability).ShouldNotBe(first.Entries.Select(e => e.TopBandProbability));
    }

    [Fact]
    public void Contested_entries_get_wide_intervals_and_ranked_entries_only_get_one()
    {
        var uncertainty = RankBootstrap.Compute(SampleTally(), Digest);

        // E1 and E2 tie at 85.00 live; E6 is close behind at 83.83.
        uncertainty.For("E1")!.ShouldSatisfyAllConditions(e => e.Low.ShouldBe(1), e => e.High.ShouldBeGreaterThan(1));
        uncertainty.For("E2")!.TopBandProbability!.Value.ShouldBeInRange(0.05, 0.95);
        uncertainty.For("E5").ShouldBeNull();
        uncertainty.Entries.ShouldAllBe(e => 1 <= e.Low && e.Low <= e.High && e.High <= 6);
    }

    [Fact]
    public void A_unanimous_panel_leaves_no_uncertainty()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 5);
        Scorecard[] cards = [.. Rounds.Scores("s", "E1", 90, 90, 90, 90, 90), .. Rounds.Scores("s", "E2", 80, 80, 80, 80, 80), .. Rounds.Scores("s", "E3", 70, 70, 70, 70, 70)];
        var round = Rounds.Round(stage, "E1", "E2", "E3") with { Bands = [new Band("GOLD", TopRanks: 1)] };

        var uncertainty = RankBootstrap.Compute(RoundTally.Create(round, cards), Digest, resamples: 200);

        uncertainty.Entries.Select(e => (e.EntryCode, e.Low, e.High, e.TopBandProbability)).ShouldBe([("E1", 1, 1, 1.0), ("E2", 2, 2, 0.0), ("E3", 3, 3, 0.0)]);
    }

    [Fact]
    public void Without_bands_there_is_no_top_band_probability()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 3, AggregationMethod.Mean);
        var tally = RoundTally.Create(Rounds.Round(stage, "E1"), Rounds.Scores("s", "E1", 70, 80, 90));

        RankBootstrap.Compute(tally, Digest, resamples: 10).Entries.ShouldHaveSingleItem().TopBandProbability.ShouldBeNull();
    }
}
