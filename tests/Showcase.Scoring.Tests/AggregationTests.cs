using Shouldly;

namespace Showcase.Scoring.Tests;

public sealed class AggregationTests
{
    private static Standing Only(StageDefinition stage, IEnumerable<Scorecard> cards, RoundDefinition? round = null) =>
        RoundCalculator.Calculate(round ?? Rounds.Round(stage, "E1"), cards)["E1"];

    [Fact]
    public void Trimmed_mean_drops_one_copy_of_a_repeated_lowest_total()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 5);

        // 80, 80, 80, 90, 95 → drop one 80 and 95 → (80 + 80 + 90) / 3 = 83.333…
        Only(stage, Rounds.Scores("s", "E1", 80, 80, 80, 90, 95)).ScoreText.ShouldBe("83.33");
    }

    [Fact]
    public void Trimmed_mean_with_drop_two_removes_two_totals_at_each_end()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 7, drop: 2);

        // 60, 70, 80, 85, 90, 99, 100 → (80 + 85 + 90) / 3 = 85.00
        Only(stage, Rounds.Scores("s", "E1", 60, 70, 80, 85, 90, 99, 100)).ScoreText.ShouldBe("85.00");
    }

    [Fact]
    public void Trimmed_mean_needs_two_d_plus_one_judges_even_when_min_panel_is_lower()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 5, drop: 2, minPanel: 3);

        var standing = Only(stage, Rounds.Scores("s", "E1", 80, 85, 90, 95));

        standing.Status.ShouldBe(StandingStatus.InsufficientPanel);
        standing.JudgeCount.ShouldBe(4);
    }

    [Fact]
    public void Mean_is_rounded_half_away_from_zero_not_to_even()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 4, AggregationMethod.Mean);

        // 360.5 / 4 = 90.125 exactly: half away from zero gives 90.13 (banker's rounding would give 90.12).
        Only(stage, Rounds.Scores("s", "E1", 90, 90, 90, 90.5m)).ScoreText.ShouldBe("90.13");
    }

    [Fact]
    public void Median_of_an_odd_panel_is_the_middle_total()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 3, AggregationMethod.Median);

        Only(stage, Rounds.Scores("s", "E1", 95, 70, 81.5m)).ScoreText.ShouldBe("81.50");
    }

    [Fact]
    public void Median_of_an_even_panel_is_the_mean_of_the_two_middle_totals()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 4, AggregationMethod.Median);

        // sorted 70, 80.5, 85, 99 → (80.5 + 85) / 2 = 82.75
        Only(stage, Rounds.Scores("s", "E1", 99, 80.5m, 70, 85)).ScoreText.ShouldBe("82.75");
    }

    [Fact]
    public void Mean_and_median_need_only_one_judge_by_default()
    {
        Only(Rounds.SingleCriterionStage("s", judges: 3, AggregationMethod.Mean), Rounds.Scores("s", "E1", 77)).ScoreText.ShouldBe("77.00");
        Only(Rounds.SingleCriterionStage("s", judges: 3, AggregationMethod.Median), Rounds.Scores("s", "E1", 77)).ScoreText.ShouldBe("77.00");
    }

    [Fact]
    public void A_stage_can_ask_for_a_larger_panel_than_the_default()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 5, AggregationMethod.Mean, minPanel: 3);

        Only(stage, Rounds.Scores("s", "E1", 80, 90)).Status.ShouldBe(StandingStatus.InsufficientPanel);
        Only(stage, Rounds.Scores("s", "E1", 80, 90, 70)).ScoreText.ShouldBe("80.00");
    }

    [Fact]
    public void The_judge_total_is_the_weighted_sum_of_the_criteria()
    {
        var stage = new StageDefinition("s", "s", [new Criterion("a", "A", 10, Weight: 1.5m), new Criterion("b", "B", 10, Weight: 0.25m, Step: 0.25m)], ["J1"])
        {
            Method = AggregationMethod.Mean,
        };

        // 1.5 · 8.5 + 0.25 · 6.75 = 12.75 + 1.6875 = 14.4375 → 14.44
        Only(stage, [Rounds.Card("s", "J1", "E1", 8.5m, 6.75m)]).ScoreText.ShouldBe("14.44");
    }

    [Fact]
    public void Drafts_never_count()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 2, AggregationMethod.Mean);
        Scorecard[] cards = [Rounds.Card("s", "J1", "E1", 80), Rounds.Card("s", "J2", "E1", 20) with { IsDraft = true }];

        var standing = Only(stage, cards);

        standing.ScoreText.ShouldBe("80.00");
        standing.JudgeCount.ShouldBe(1);
    }

    [Fact]
    public void An_amendment_replaces_the_judges_earlier_scorecard_and_is_never_counted_twice()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 2, AggregationMethod.Mean);
        Scorecard[] cards =
        [
            Rounds.Card("s", "J1", "E1", 60) with { Revision = 2 },
            Rounds.Card("s", "J1", "E1", 100) with { Revision = 1 },
            Rounds.Card("s", "J2", "E1", 80),
        ];

        var standing = Only(stage, cards);

        standing.ScoreText.ShouldBe("70.00");
        standing.JudgeCount.ShouldBe(2);
    }

    [Fact]
    public void A_conflicted_judge_is_not_on_the_panel_even_when_the_scorecard_came_first()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 3, AggregationMethod.Mean);
        var round = Rounds.Round(stage, "E1") with { Conflicts = [new Conflict("J3", "E1")] };

        var standing = Only(stage, Rounds.Scores("s", "E1", 80, 90, 10), round);

        standing.ScoreText.ShouldBe("85.00");
        standing.JudgeCount.ShouldBe(2);
    }

    [Fact]
    public void A_conflict_can_make_a_panel_too_small()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 3);
        var round = Rounds.Round(stage, "E1") with { Conflicts = [new Conflict("J2", "E1")] };

        Only(stage, Rounds.Scores("s", "E1", 80, 90, 70), round).Status.ShouldBe(StandingStatus.InsufficientPanel);
    }

    [Fact]
    public void Scores_with_extra_trailing_zeros_are_the_same_scores()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 3, AggregationMethod.Mean);

        Only(stage, Rounds.Scores("s", "E1", 80.50m, 90.0m, 70.500m)).ScoreText.ShouldBe("80.33");
    }
}
