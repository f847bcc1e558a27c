using Shouldly;

namespace Showcase.Scoring.Tests;

public sealed class RankingTests
{
    private static readonly StageDefinition Stage = Rounds.SingleCriterionStage("s", judges: 1, AggregationMethod.Mean);

    private static RoundStandings Rank(params (string Entry, decimal Score)[] scores) =>
        RoundCalculator.Calculate(Rounds.Round(Stage, [.. scores.Select(s => s.Entry)]), scores.Select(s => Rounds.Card("s", "J1", s.Entry, s.Score)));

    [Fact]
    public void Ranks_are_competition_ranks_one_two_two_four()
    {
        var standings = Rank(("E1", 90), ("E2", 80), ("E3", 80), ("E4", 70));

        standings.Entries.Select(s => s.Rank).ShouldBe([1, 2, 2, 4]);
        standings.Entries.Select(s => s.Tied).ShouldBe([false, true, true, false]);
    }

    [Fact]
    public void Positions_are_unique_and_order_fully_tied_entries_by_code()
    {
        var standings = Rank(("B-2", 80), ("A-9", 80), ("C-1", 95));

        standings.Entries.Select(s => (s.EntryCode, s.Position)).ShouldBe([("C-1", 1), ("A-9", 2), ("B-2", 3)]);
    }

    [Fact]
    public void Codes_are_ordered_ordinally_not_by_culture()
    {
        var standings = Rank(("e1", 80), ("E2", 80), ("É3", 80));

        standings.Entries.Select(s => s.EntryCode).ShouldBe(["E2", "e1", "É3"]);
    }

    [Fact]
    public void Unranked_entries_come_last_by_code_with_rank_zero_and_positions_continuing()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 3);
        var round = new RoundDefinition("R", "R", [stage], [new("E1"), new("E2"), new("E3", Withdrawn: true), new("E0")]);
        Scorecard[] cards = [.. Rounds.Scores("s", "E1", 80, 80, 80), .. Rounds.Scores("s", "E2", 80, 80)];

        var standings = RoundCalculator.Calculate(round, cards);

        standings.Entries.Select(s => (s.EntryCode, s.Status, s.Rank, s.Position)).ShouldBe(
        [
            ("E1", StandingStatus.Ranked, 1, 1),
            ("E0", StandingStatus.InsufficientPanel, 0, 2),
            ("E2", StandingStatus.InsufficientPanel, 0, 3),
            ("E3", StandingStatus.Withdrawn, 0, 4),
        ]);
        standings["E3"].StageReached.ShouldBeNull();
        standings["E2"].StageReached.ShouldBe("s");
    }

    [Fact]
    public void Tie_break_criteria_apply_in_priority_order()
    {
        Criterion[] criteria =
        [
            new("a", "A", 50),
            new("b", "B", 50, TieBreak: 2),
            new("c", "C", 50, TieBreak: 1),
        ];
        var stage = new StageDefinition("s", "s", criteria, ["J1"]) { Method = AggregationMethod.Mean };
        Scorecard[] cards =
        [
            Rounds.Card("s", "J1", "E1", 30, 40, 20), // 90, c 20
            Rounds.Card("s", "J1", "E2", 30, 30, 30), // 90, c 30 → first
            Rounds.Card("s", "J1", "E3", 20, 40, 30), // 90, c 30, b 40 → ahead of E2
            Rounds.Card("s", "J1", "E4", 40, 30, 20), // 90, c 20, b 30 → behind E1
        ];

        var standings = RoundCalculator.Calculate(Rounds.Round(stage, "E1", "E2", "E3", "E4"), cards);

        standings.Entries.Select(s => (s.EntryCode, s.Rank, s.Tied)).ShouldBe([("E3", 1, false), ("E2", 2, false), ("E1", 3, false), ("E4", 4, false)]);
    }

    [Fact]
    public void Tie_break_means_are_rounded_to_two_decimals_before_they_compare()
    {
        var criteria = new[] { new Criterion("a", "A", 50, TieBreak: 1), new Criterion("b", "B", 50) };
        var stage = new StageDefinition("s", "s", criteria, Rounds.Judges(3)) { Method = AggregationMethod.Mean };
        Scorecard[] cards =
        [
            // E1: a = 40, 40, 40.5 → 40.1666… → 40.17
            Rounds.Card("s", "J1", "E1", 40, 40), Rounds.Card("s", "J2", "E1", 40, 40), Rounds.Card("s", "J3", "E1", 40.5m, 39.5m),
            // E2: a = 40, 40.5, 40 → the same 40.17
            Rounds.Card("s", "J1", "E2", 40, 40), Rounds.Card("s", "J2", "E2", 40.5m, 39.5m), Rounds.Card("s", "J3", "E2", 40, 40),
        ];

        var standings = RoundCalculator.Calculate(Rounds.Round(stage, "E1", "E2"), cards);

        standings.Entries.Select(s => (s.Rank, s.Tied)).ShouldBe([(1, true), (1, true)]);
    }

    [Fact]
    public void Scores_are_published_with_exactly_two_decimals()
    {
        var standings = Rank(("E1", 90), ("E2", 80.5m));

        standings["E1"].ScoreText.ShouldBe("90.00");
        standings["E2"].ScoreText.ShouldBe("80.50");
    }

    [Fact]
    public void An_entry_without_any_scorecard_is_unranked()
    {
        var standings = RoundCalculator.Calculate(Rounds.Round(Stage, "E1", "E2"), [Rounds.Card("s", "J1", "E1", 50)]);

        standings["E2"].Status.ShouldBe(StandingStatus.InsufficientPanel);
        standings["E2"].JudgeCount.ShouldBe(0);
    }

    [Fact]
    public void Ranking_uses_the_published_two_decimal_score_not_the_unrounded_aggregate()
    {
        var stage = new StageDefinition("s", "s", [new Criterion("overall", "总分", 100, Step: 0.01m)], Rounds.Judges(3)) { Method = AggregationMethod.Mean };

        // E1: (89 + 90 + 90) / 3 = 89.666… → 89.67; E2: 89.67 exactly. Equal published scores tie.
        var standings = RoundCalculator.Calculate(Rounds.Round(stage, "E1", "E2"), [.. Rounds.Scores("s", "E1", 89, 90, 90), Rounds.Card("s", "J1", "E2", 89.67m)]);

        standings.Entries.Select(s => (s.EntryCode, s.ScoreText, s.Rank, s.Tied)).ShouldBe([("E1", "89.67", 1, true), ("E2", "89.67", 1, true)]);
    }
}
