using Shouldly;
using Showcase.Scoring.Statistics;

namespace Showcase.Scoring.Tests;

public sealed class PanelDiagnosticsTests
{
    [Fact]
    public void Icc_2k_matches_shrout_and_fleiss_published_example()
    {
        // Shrout & Fleiss (1979), table 2: six targets, four judges; ICC(2,4) = .62.
        double[][] ratings = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]];

        Math.Round(PanelDiagnostics.Icc2k(ratings)!.Value, 2).ShouldBe(0.62);
    }

    [Fact]
    public void Kendalls_w_matches_a_hand_computed_value()
    {
        // Rankings (1 = lowest) J1: 1 2 3 4, J2: 1 3 2 4, J3: 2 1 3 4 → R = 4, 6, 8, 12; S = 35; W = 12 · 35 / (9 · 60) = 7/9.
        double[][] ratings = [[1, 1, 2], [2, 3, 1], [3, 2, 3], [4, 4, 4]];

        PanelDiagnostics.KendallW(ratings)!.Value.ShouldBe(7.0 / 9.0, 1e-12);
    }

    [Fact]
    public void Kendalls_w_corrects_for_tied_ranks()
    {
        // Two judges who agree exactly, ties included, concord perfectly.
        double[][] ratings = [[1, 1], [2, 2], [2, 2], [3, 3]];

        PanelDiagnostics.KendallW(ratings)!.Value.ShouldBe(1.0, 1e-12);
    }

    [Fact]
    public void Spearman_uses_average_ranks()
    {
        PanelDiagnostics.Spearman([(1, 10), (2, 20), (3, 30)])!.Value.ShouldBe(1.0, 1e-12);
        PanelDiagnostics.Spearman([(1, 30), (2, 20), (3, 10)])!.Value.ShouldBe(-1.0, 1e-12);
        PanelDiagnostics.AverageRanks([5, 1, 5, 3]).ShouldBe([3.5, 1, 3.5, 2]);
    }

    [Fact]
    public void A_judge_far_more_lenient_than_the_rest_is_flagged_and_agreement_is_reported()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 5);
        var cards = new List<Scorecard>();
        decimal[] bases = [60, 70, 75, 80, 90, 65];
        for (var e = 0; e < bases.Length; e++)
        {
            decimal[] offsets = [0, 1, -1, 0.5m, 25];
            cards.AddRange(offsets.Select((o, j) => Rounds.Card("s", $"J{j + 1}", $"E{e}", Math.Min(100, bases[e] + o))));
        }

        var tally = RoundTally.Create(Rounds.Round(stage, [.. bases.Select((_, e) => $"E{e}")]), cards);
        var diagnostics = PanelDiagnostics.Compute(tally);

        var lenient = diagnostics.Judges.Single(j => j.Judge == "J5");
        lenient.Flags.ShouldBe(["lenient"]);
        lenient.Count.ShouldBe(6);
        lenient.Leniency!.Value.ShouldBeGreaterThan(20);
        diagnostics.Judges.Where(j => j.Judge != "J5").ShouldAllBe(j => j.Flags.IsEmpty);
        diagnostics.Judges.Single(j => j.Judge == "J1").Spearman!.Value.ShouldBe(1.0, 1e-12);
        var agreement = diagnostics.Stages.ShouldHaveSingleItem();
        agreement.KendallW!.Value.ShouldBeGreaterThan(0.9);
        agreement.Icc2k.ShouldNotBeNull();
    }

    [Fact]
    public void A_judge_who_reverses_the_order_is_flagged_for_low_agreement()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 3, AggregationMethod.Mean);
        var cards = new List<Scorecard>();
        for (var e = 0; e < 5; e++)
        {
            cards.Add(Rounds.Card("s", "J1", $"E{e}", 50 + (10 * e)));
            cards.Add(Rounds.Card("s", "J2", $"E{e}", 52 + (10 * e)));
            cards.Add(Rounds.Card("s", "J3", $"E{e}", 90 - (5 * e)));
        }

        var diagnostics = PanelDiagnostics.Compute(RoundTally.Create(Rounds.Round(stage, "E0", "E1", "E2", "E3", "E4"), cards));

        diagnostics.Judges.Single(j => j.Judge == "J3").Flags.ShouldContain("low-agreement");
    }

    [Fact]
    public void Agreement_is_not_reported_where_a_judge_did_not_score_every_entry()
    {
        var stage = Rounds.SingleCriterionStage("s", judges: 3, AggregationMethod.Mean);
        Scorecard[] cards = [.. Rounds.Scores("s", "E1", 70, 80, 90), .. Rounds.Scores("s", "E2", 60, 65)];

        var agreement = PanelDiagnostics.Compute(RoundTally.Create(Rounds.Round(stage, "E1", "E2"), cards)).Stages.Single();

        agreement.KendallW.ShouldBeNull();
        agreement.Icc2k.ShouldBeNull();
    }
}
