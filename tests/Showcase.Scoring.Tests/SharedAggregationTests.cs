using Shouldly;
using Showcase.Scoring.Statistics;

namespace Showcase.Scoring.Tests;

/// <summary>The reports beside the ranking use the engine's own rules: the round score of the bootstrap, the A_i of the diagnostics.</summary>
public sealed class SharedAggregationTests
{
    [Fact]
    public void The_bootstrap_ranks_by_the_weighted_round_score_not_the_last_stage_alone()
    {
        // prelim (W 0.4): E1 90, E2 80; final (W 0.6): E1 80, E2 85. R: E1 84.00, E2 83.00, though E2 wins the final.
        // Every judge gives the same score, so every resample repeats the round exactly.
        var prelim = Rounds.SingleCriterionStage("prelim", judges: 3, AggregationMethod.Mean, weight: 0.4m);
        var final = Rounds.SingleCriterionStage("final", judges: 3, AggregationMethod.Mean, weight: 0.6m);
        var round = Rounds.Round([prelim, final], "E1", "E2");
        var tally = RoundTally.Create(round,
        [
            .. Rounds.Scores("prelim", "E1", 90, 90, 90), .. Rounds.Scores("prelim", "E2", 80, 80, 80),
            .. Rounds.Scores("final", "E1", 80, 80, 80), .. Rounds.Scores("final", "E2", 85, 85, 85),
        ]);

        var uncertainty = RankBootstrap.Compute(tally, new string('a', 64), resamples: 50);

        tally.Standings().Entries.Select(s => (s.EntryCode, s.ScoreText)).ShouldBe([("E1", "84.00"), ("E2", "83.00")]);
        uncertainty.For("E1")!.ShouldSatisfyAllConditions(e => e.Low.ShouldBe(1), e => e.High.ShouldBe(1));
        uncertainty.For("E2")!.ShouldSatisfyAllConditions(e => e.Low.ShouldBe(2), e => e.High.ShouldBe(2));
    }

    [Fact]
    public void Leniency_is_measured_against_the_exact_unrounded_aggregate()
    {
        // The worked example's E2: 91, 89, 90, 90, 70 → A = 269 / 3 = 89.666…; J1's 91 is 1.333… above it, computed in
        // decimal as the engine aggregates (a double quotient would leave 1.3333333333333286).
        var stage = Rounds.SingleCriterionStage("s", judges: 5);
        var tally = RoundTally.Create(Rounds.Round(stage, "E2"), Rounds.Scores("s", "E2", 91, 89, 90, 90, 70));

        var judges = PanelDiagnostics.Compute(tally).Judges;

        judges.Single(j => j.Judge == "J1").Leniency.ShouldBe((double)(91m - (269m / 3m)));
        judges.Single(j => j.Judge == "J5").Leniency.ShouldBe((double)(70m - (269m / 3m)));
        judges.Single(j => j.Judge == "J1").Mean.ShouldBe(91.0);
    }
}
