using Shouldly;

namespace Showcase.Scoring.Tests;

public sealed class ZScoreTests
{
    // Judge A: E1 80, E2 70, E3 90 → μ_A = 80, σ_A = √(200/3).  Judge B: E1 60, E2 65, E3 70 → μ_B = 65, σ_B = √(50/3).
    // z: E1 (0, −√1.5), E2 (−√1.5, 0), E3 (√1.5, √1.5) → Z_1 = Z_2 = −√6/4, Z_3 = √6/2.
    // All six totals: μ = 72.5, σ = √(587.5/6). A_1 = A_2 = 72.5 − √587.5/4 = 66.4404…, A_3 = 72.5 + √587.5/2 = 84.6192….
    private static readonly StageDefinition Stage = new("s", "s", [new Criterion("overall", "总分", 100)], ["A", "B"]) { Method = AggregationMethod.ZScore };

    private static readonly Scorecard[] Cards =
    [
        Rounds.Card("s", "A", "E1", 80), Rounds.Card("s", "A", "E2", 70), Rounds.Card("s", "A", "E3", 90),
        Rounds.Card("s", "B", "E1", 60), Rounds.Card("s", "B", "E2", 65), Rounds.Card("s", "B", "E3", 70),
    ];

    [Fact]
    public void Z_score_maps_the_mean_standardised_total_back_onto_the_stage_scale()
    {
        var standings = RoundCalculator.Calculate(Rounds.Round(Stage, "E1", "E2", "E3"), Cards);

        standings["E3"].ScoreText.ShouldBe("84.62");
        standings["E1"].ScoreText.ShouldBe("66.44");
        standings["E2"].ScoreText.ShouldBe("66.44");
    }

    [Fact]
    public void Equal_z_score_results_tie()
    {
        var standings = RoundCalculator.Calculate(Rounds.Round(Stage, "E1", "E2", "E3"), Cards);

        standings.Entries.Select(s => (s.EntryCode, s.Rank, s.Tied)).ShouldBe([("E3", 1, false), ("E1", 2, true), ("E2", 2, true)]);
    }

    [Fact]
    public void A_judge_who_gives_everyone_the_same_total_contributes_z_zero()
    {
        var stage = Stage with { Judges = ["A", "B", "C"] };
        Scorecard[] cards = [.. Cards, Rounds.Card("s", "C", "E1", 50), Rounds.Card("s", "C", "E2", 50), Rounds.Card("s", "C", "E3", 50)];

        // Z_3 = (√1.5 + √1.5 + 0) / 3; the nine totals: μ = 65, σ = √(1600/9) = 40/3 → A_3 = 65 + (40/3) · (2√1.5/3) = 75.8866…
        var standings = RoundCalculator.Calculate(Rounds.Round(stage, "E1", "E2", "E3"), cards);

        standings["E3"].ScoreText.ShouldBe("75.89");
    }

    [Fact]
    public void Totals_of_an_entry_with_too_small_a_panel_still_count_towards_the_judges_means()
    {
        var stage = Stage with { MinPanel = 2 };
        Scorecard[] cards = [.. Cards, Rounds.Card("s", "A", "E4", 100)];

        // Judge A now has 80, 70, 90, 100: μ_A = 85, σ_A = √125; E4 (one judge) gets no score but moves everyone else.
        var standings = RoundCalculator.Calculate(Rounds.Round(stage, "E1", "E2", "E3", "E4"), cards);

        standings["E4"].Status.ShouldBe(StandingStatus.InsufficientPanel);
        standings["E3"].ScoreText.ShouldNotBe("84.62");
    }
}
