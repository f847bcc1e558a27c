using Shouldly;

namespace Showcase.Scoring.Tests;

/// <summary>Several stages: advancing, weights, eliminated and unranked entries.</summary>
public sealed class StageTests
{
    private static StageDefinition First(int? advance = 2, decimal? weight = null) =>
        Rounds.SingleCriterionStage("material", judges: 1, AggregationMethod.Mean, advance: advance, weight: weight);

    private static StageDefinition Final(decimal? weight = null) =>
        Rounds.SingleCriterionStage("live", judges: 1, AggregationMethod.Mean, weight: weight);

    private static Scorecard M(string entry, decimal score) => Rounds.Card("material", "J1", entry, score);

    private static Scorecard L(string entry, decimal score) => Rounds.Card("live", "J1", entry, score);

    [Fact]
    public void The_top_k_go_on_and_the_others_are_ranked_after_them_as_eliminated()
    {
        var round = Rounds.Round([First(advance: 2), Final()], "E1", "E2", "E3", "E4");
        Scorecard[] cards = [M("E1", 90), M("E2", 80), M("E3", 70), M("E4", 60), L("E1", 75), L("E2", 85)];

        var standings = RoundCalculator.Calculate(round, cards);

        standings.Entries.Select(s => (s.EntryCode, s.Status, s.ScoreText, s.Rank, s.StageReached)).ShouldBe(
        [
            ("E2", StandingStatus.Ranked, "85.00", 1, "live"),
            ("E1", StandingStatus.Ranked, "75.00", 2, "live"),
            ("E3", StandingStatus.Eliminated, "70.00", 3, "material"),
            ("E4", StandingStatus.Eliminated, "60.00", 4, "material"),
        ]);
    }

    [Fact]
    public void Entries_tied_at_the_advance_line_all_go_on()
    {
        var round = Rounds.Round([First(advance: 2), Final()], "E1", "E2", "E3", "E4");
        Scorecard[] cards = [M("E1", 90), M("E2", 80), M("E3", 80), M("E4", 60), L("E1", 70), L("E2", 70), L("E3", 70)];

        var standings = RoundCalculator.Calculate(round, cards);

        standings.Stage("material").Entries.Where(s => s.Advanced).Select(s => s.EntryCode).ShouldBe(["E1", "E2", "E3"]);
        standings["E3"].Status.ShouldBe(StandingStatus.Ranked);
        standings["E4"].Rank.ShouldBe(4);
    }

    [Fact]
    public void By_default_only_the_last_stage_weighs_in_the_round_score()
    {
        var round = Rounds.Round([First(), Final()], "E1", "E2");
        var standings = RoundCalculator.Calculate(round, [M("E1", 90), M("E2", 50), L("E1", 60), L("E2", 70)]);

        standings.Entries.Select(s => (s.EntryCode, s.ScoreText)).ShouldBe([("E2", "70.00"), ("E1", "60.00")]);
    }

    [Fact]
    public void The_round_score_is_the_weighted_mean_of_the_stage_scores_rounded_to_two_decimals()
    {
        var round = Rounds.Round([First(weight: 1), Final(weight: 2)], "E1", "E2");

        // E1: (1 · 90 + 2 · 60.5) / 3 = 70.333… → 70.33;  E2: (1 · 50 + 2 · 80) / 3 = 70.00
        var standings = RoundCalculator.Calculate(round, [M("E1", 90), M("E2", 50), L("E1", 60.5m), L("E2", 80)]);

        standings.Entries.Select(s => (s.EntryCode, s.ScoreText, s.Rank)).ShouldBe([("E1", "70.33", 1), ("E2", "70.00", 2)]);
        standings["E1"].Stages.Select(s => (s.Stage, s.ScoreText)).ShouldBe([("material", "90.00"), ("live", "60.50")]);
    }

    [Fact]
    public void An_entry_with_no_score_in_a_stage_is_insufficient_panel_not_eliminated()
    {
        var first = Rounds.SingleCriterionStage("material", judges: 2, AggregationMethod.Mean, minPanel: 2, advance: 3);
        var round = Rounds.Round([first, Final()], "E1", "E2", "E3");
        Scorecard[] cards =
        [
            Rounds.Card("material", "J1", "E1", 90), Rounds.Card("material", "J2", "E1", 90),
            Rounds.Card("material", "J1", "E2", 80), Rounds.Card("material", "J2", "E2", 80),
            Rounds.Card("material", "J1", "E3", 99),
            L("E1", 70),
        ];

        var standings = RoundCalculator.Calculate(round, cards);

        standings["E3"].Status.ShouldBe(StandingStatus.InsufficientPanel);
        standings["E3"].StageReached.ShouldBe("material");
        standings["E2"].Status.ShouldBe(StandingStatus.InsufficientPanel);
        standings["E2"].StageReached.ShouldBe("live");
        standings["E1"].Rank.ShouldBe(1);
    }

    [Fact]
    public void Without_advance_every_ranked_entry_goes_on()
    {
        var round = Rounds.Round([First(advance: null), Final()], "E1", "E2", "E3");
        var standings = RoundCalculator.Calculate(round, [M("E1", 90), M("E2", 80), M("E3", 70), L("E1", 60), L("E2", 60), L("E3", 65)]);

        standings.Entries.Select(s => s.Status).ShouldAllBe(s => s == StandingStatus.Ranked);
        standings.Entries.Select(s => (s.EntryCode, s.Rank)).ShouldBe([("E3", 1), ("E1", 2), ("E2", 2)]);
    }

    [Fact]
    public void Ranks_of_eliminated_groups_continue_from_the_ranked_entries_ahead_and_skip_unranked_ones()
    {
        var round = Rounds.Round([Rounds.SingleCriterionStage("a", 1, AggregationMethod.Mean, advance: 3), Rounds.SingleCriterionStage("b", 1, AggregationMethod.Mean, advance: 1), Rounds.SingleCriterionStage("c", 1, AggregationMethod.Mean)], "E1", "E2", "E3", "E4", "E5");
        Scorecard[] cards =
        [
            Rounds.Card("a", "J1", "E1", 90), Rounds.Card("a", "J1", "E2", 85), Rounds.Card("a", "J1", "E3", 80), Rounds.Card("a", "J1", "E4", 70), Rounds.Card("a", "J1", "E5", 70),
            Rounds.Card("b", "J1", "E1", 60), Rounds.Card("b", "J1", "E2", 95), Rounds.Card("b", "J1", "E3", 60),
            Rounds.Card("c", "J1", "E2", 50),
        ];

        var standings = RoundCalculator.Calculate(round, cards);

        standings.Entries.Select(s => (s.EntryCode, s.Status, s.Rank, s.Tied, s.StageReached)).ShouldBe(
        [
            ("E2", StandingStatus.Ranked, 1, false, "c"),
            ("E1", StandingStatus.Eliminated, 2, true, "b"),
            ("E3", StandingStatus.Eliminated, 2, true, "b"),
            ("E4", StandingStatus.Eliminated, 4, true, "a"),
            ("E5", StandingStatus.Eliminated, 4, true, "a"),
        ]);
    }

    [Fact]
    public void Eliminated_entries_show_the_score_and_panel_of_the_stage_they_stopped_in_and_no_grade()
    {
        var round = Rounds.Round([First(advance: 1), Final()], "E1", "E2") with { Bands = [new Band("C")] };
        var standings = RoundCalculator.Calculate(round, [M("E1", 90), M("E2", 80), L("E1", 60)]);

        standings["E2"].ShouldSatisfyAllConditions(
            s => s.ScoreText.ShouldBe("80.00"),
            s => s.JudgeCount.ShouldBe(1),
            s => s.Grade.ShouldBe(""));
        standings["E1"].Grade.ShouldBe("C");
    }

    [Fact]
    public void A_stage_ranking_lists_only_the_entries_that_took_part()
    {
        var round = Rounds.Round([First(advance: 1), Final()], "E1", "E2");
        var standings = RoundCalculator.Calculate(round, [M("E1", 90), M("E2", 80), L("E1", 60), L("E2", 99)]);

        standings.Stage("live").Entries.Select(s => s.EntryCode).ShouldBe(["E1"]);
        standings.Stage("material").Entries.Select(s => (s.EntryCode, s.Rank, s.Advanced)).ShouldBe([("E1", 1, true), ("E2", 2, false)]);
    }

    [Fact]
    public void Round_ties_are_broken_by_the_tie_break_criteria_of_the_last_stage()
    {
        Criterion[] first = [new("a", "A", 50, TieBreak: 1), new("b", "B", 50)];
        Criterion[] last = [new("x", "X", 50), new("y", "Y", 50, TieBreak: 1)];
        var round = Rounds.Round(
            [new StageDefinition("one", "one", first, ["J1"]) { Method = AggregationMethod.Mean }, new StageDefinition("two", "two", last, ["J1"]) { Method = AggregationMethod.Mean }],
            "E1", "E2");
        Scorecard[] cards =
        [
            Rounds.Card("one", "J1", "E1", 50, 10), Rounds.Card("one", "J1", "E2", 10, 50),
            Rounds.Card("two", "J1", "E1", 45, 35), Rounds.Card("two", "J1", "E2", 35, 45),
        ];

        // Both score 80 in stage two; E1 leads on stage one's tie-break, but only stage two's (y) counts for the round.
        var standings = RoundCalculator.Calculate(round, cards);

        standings.Entries.Select(s => (s.EntryCode, s.Rank)).ShouldBe([("E2", 1), ("E1", 2)]);
    }

    [Fact]
    public void Advance_on_the_last_stage_means_nothing()
    {
        var round = Rounds.Round([Rounds.SingleCriterionStage("only", 1, AggregationMethod.Mean, advance: 1)], "E1", "E2", "E3");

        var standings = RoundCalculator.Calculate(round, Rounds.Scores("only", "E1", 90).Concat(Rounds.Scores("only", "E2", 80)).Concat(Rounds.Scores("only", "E3", 70)));

        standings.Entries.ShouldAllBe(s => s.Status == StandingStatus.Ranked);
        standings.Stage("only").Entries.ShouldAllBe(s => !s.Advanced);
    }

    [Fact]
    public void A_conflict_applies_to_every_stage_of_the_round()
    {
        var first = Rounds.SingleCriterionStage("one", 2, AggregationMethod.Mean);
        var last = Rounds.SingleCriterionStage("two", 2, AggregationMethod.Mean);
        var round = Rounds.Round([first, last], "E1") with { Conflicts = [new Conflict("J2", "E1")] };

        var standings = RoundCalculator.Calculate(round, [.. Rounds.Scores("one", "E1", 80, 0), .. Rounds.Scores("two", "E1", 70, 0)]);

        standings["E1"].Stages.Select(s => (s.ScoreText, s.JudgeCount)).ShouldBe([("80.00", 1), ("70.00", 1)]);
    }
}
