using Shouldly;

namespace Showcase.Scoring.Tests;

/// <summary>SCORING.md's worked example, to the digit.</summary>
public sealed class WorkedExampleTests
{
    private static readonly StageDefinition Stage = Rounds.Stage("final", judges: 5, minPanel: 5);

    // E1 and E3 have the same totals (88, 92, 90, 85, 95); E3's innovation mean is 36.40, E1's 35.80.
    private static readonly Scorecard[] Cards =
    [
        Rounds.Card("final", "J1", "E1", 36, 36, 16),
        Rounds.Card("final", "J2", "E1", 36, 38, 18),
        Rounds.Card("final", "J3", "E1", 35, 37, 18),
        Rounds.Card("final", "J4", "E1", 36, 34, 15),
        Rounds.Card("final", "J5", "E1", 36, 39, 20),
        Rounds.Card("final", "J1", "E2", 36, 36, 19),
        Rounds.Card("final", "J2", "E2", 35, 36, 18),
        Rounds.Card("final", "J3", "E2", 36, 36, 18),
        Rounds.Card("final", "J4", "E2", 36, 36, 18),
        Rounds.Card("final", "J5", "E2", 30, 30, 10),
        Rounds.Card("final", "J1", "E3", 36.5m, 35.5m, 16),
        Rounds.Card("final", "J2", "E3", 36.5m, 37.5m, 18),
        Rounds.Card("final", "J3", "E3", 36, 36, 18),
        Rounds.Card("final", "J4", "E3", 36.5m, 33.5m, 15),
        Rounds.Card("final", "J5", "E3", 36.5m, 38.5m, 20),
        Rounds.Card("final", "J1", "E4", 30, 30, 15),
        Rounds.Card("final", "J2", "E4", 30, 30, 15),
        Rounds.Card("final", "J3", "E4", 30, 30, 15),
        Rounds.Card("final", "J4", "E4", 30, 30, 15),
    ];

    private static RoundStandings Standings() => RoundCalculator.Calculate(Rounds.Round(Stage, "E1", "E2", "E3", "E4"), Cards);

    [Fact]
    public void Trimmed_mean_drops_one_highest_and_one_lowest_total()
    {
        Standings()["E1"].ScoreText.ShouldBe("90.00");
    }

    [Fact]
    public void A_repeating_mean_is_rounded_half_away_from_zero_to_two_decimals()
    {
        Standings()["E2"].ScoreText.ShouldBe("89.67");
    }

    [Fact]
    public void Equal_scores_are_ordered_by_the_first_tie_break_criterion_mean()
    {
        var standings = Standings();

        standings["E3"].Rank.ShouldBe(1);
        standings["E1"].Rank.ShouldBe(2);
        standings["E2"].Rank.ShouldBe(3);
        standings.Stage("final").Entries.Single(s => s.EntryCode == "E3").TieBreakMeans.ShouldBe([36.40m]);
        standings.Stage("final").Entries.Single(s => s.EntryCode == "E1").TieBreakMeans.ShouldBe([35.80m]);
        standings["E3"].Tied.ShouldBeFalse();
    }

    [Fact]
    public void An_entry_with_only_four_scorecards_has_an_insufficient_panel()
    {
        var e4 = Standings()["E4"];

        e4.Status.ShouldBe(StandingStatus.InsufficientPanel);
        e4.Score.ShouldBeNull();
        e4.ScoreText.ShouldBe("");
        e4.Rank.ShouldBe(0);
        e4.Position.ShouldBe(4);
        e4.JudgeCount.ShouldBe(4);
    }
}
