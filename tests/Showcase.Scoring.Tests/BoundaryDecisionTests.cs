using System.Text.Json.Nodes;
using Shouldly;
using Showcase.Scoring.Export;

namespace Showcase.Scoring.Tests;

/// <summary>A boundary decision names its band, and one that orders no tie of it is reported rather than silently left out.</summary>
public sealed class BoundaryDecisionTests
{
    private static readonly StageDefinition Stage = Rounds.SingleCriterionStage("s", judges: 1, AggregationMethod.Mean);

    private static readonly Band[] Bands = [new("TOP1", TopRanks: 1), new("TOP3", TopRanks: 3), new("REST")];

    // TOP1 has no tie at its edge; TOP3's edge falls inside the tie of E3 and E4 at 85 (both rank 3).
    private static readonly (string Entry, decimal Score)[] Scores = [("E1", 95), ("E2", 90), ("E3", 85), ("E4", 85), ("E5", 70)];

    private static RoundDefinition Round(params BoundaryDecision[] decisions) =>
        Rounds.Round(Stage, [.. Scores.Select(s => s.Entry)]) with { Bands = Bands, Decisions = decisions };

    private static IEnumerable<Scorecard> Cards() => Scores.Select(s => Rounds.Card("s", "J1", s.Entry, s.Score));

    [Fact]
    public void A_decision_naming_the_band_of_the_tie_it_orders_is_applied()
    {
        var decision = new BoundaryDecision(["E4", "E3"], "stronger live case") { Band = "TOP3" };

        var standings = RoundCalculator.Calculate(Round(decision), Cards());

        Should.NotThrow(() => standings.EnsureApplied(decision));
        standings.BoundaryTies.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            t => t.Grade.ShouldBe("TOP3"),
            t => t.Decision!.Band.ShouldBe("TOP3"));
        standings.Entries.Select(s => (s.EntryCode, s.Rank)).ShouldBe([("E1", 1), ("E2", 2), ("E4", 3), ("E3", 4), ("E5", 5)]);
    }

    [Fact]
    public void A_decision_for_a_band_whose_edge_has_no_tie_is_reported_with_the_ties_there_are()
    {
        var decision = new BoundaryDecision(["E4", "E3"], "meant for the top") { Band = "TOP1" };

        var standings = RoundCalculator.Calculate(Round(decision), Cards());
        var error = Should.Throw<UnappliedBoundaryDecisionException>(() => standings.EnsureApplied(decision));

        error.Decision.ShouldBe(decision);
        error.Message.ShouldBe("The order E4, E3 matches no boundary tie of band 'TOP1' (ties now: TOP3: E3, E4); a decision orders exactly the entries tied at the band's edge.");
    }

    [Fact]
    public void A_decision_that_matches_no_tie_is_reported_whether_or_not_it_names_a_band()
    {
        var stale = new BoundaryDecision(["E2", "E3"], "scores moved");

        var standings = RoundCalculator.Calculate(Round(stale), Cards());

        standings.UnappliedDecisions.ShouldBe([stale]);
        Should.Throw<UnappliedBoundaryDecisionException>(() => standings.EnsureApplied(stale)).Message.ShouldContain("no boundary tie of any band");
        Should.Throw<UnappliedBoundaryDecisionException>(() => standings.EnsureApplied(stale with { Band = "TOP3" }));
    }

    [Fact]
    public void A_decision_shadowed_by_an_earlier_one_for_the_same_entries_is_reported()
    {
        var first = new BoundaryDecision(["E3", "E4"], "first") { Band = "TOP3" };
        var second = new BoundaryDecision(["E4", "E3"], "second") { Band = "TOP3" };

        var standings = RoundCalculator.Calculate(Round(first, second), Cards());

        Should.NotThrow(() => standings.EnsureApplied(first));
        Should.Throw<UnappliedBoundaryDecisionException>(() => standings.EnsureApplied(second));
    }

    [Fact]
    public void The_band_is_not_exported_and_changes_no_figure()
    {
        var named = new BoundaryDecision(["E4", "E3"], "stronger live case") { Band = "TOP3" };
        var plain = new BoundaryDecision(["E4", "E3"], "stronger live case");

        var withBand = ResultsExport.Create(RoundTally.Create(Round(named), Cards()), []);
        var without = ResultsExport.Create(RoundTally.Create(Round(plain), Cards()), []);

        ResultsExport.Digest(withBand).ShouldBe(ResultsExport.Digest(without));
        ((JsonObject)withBand["decisions"]![0]!).ContainsKey("band").ShouldBeFalse();
        ResultsVerification.Verify(ResultsExport.ToJson(withBand)).IsVerified.ShouldBeTrue();
    }
}
