using Shouldly;

namespace Showcase.Scoring.Tests;

/// <summary>Grade bands, boundary ties and administrators' boundary decisions.</summary>
public sealed class BandTests
{
    private static readonly StageDefinition Stage = Rounds.SingleCriterionStage("s", judges: 1, AggregationMethod.Mean);

    private static RoundStandings Rank(Band[] bands, BoundaryDecision[] decisions, params (string Entry, decimal Score)[] scores) =>
        RoundCalculator.Calculate(
            Rounds.Round(Stage, [.. scores.Select(s => s.Entry)]) with { Bands = bands, Decisions = decisions },
            scores.Select(s => Rounds.Card("s", "J1", s.Entry, s.Score)));

    [Fact]
    public void The_first_band_that_matches_gives_the_grade()
    {
        Band[] bands = [new("TOP1", TopRanks: 1), new("A", MinScore: 90), new("B", MinScore: 80), new("C")];

        var standings = Rank(bands, [], ("E1", 99), ("E2", 95), ("E3", 85), ("E4", 10));

        standings.Entries.Select(s => s.Grade).ShouldBe(["TOP1", "A", "B", "C"]);
    }

    [Fact]
    public void A_band_with_top_ranks_and_min_score_needs_both_and_an_unmatched_entry_gets_an_empty_grade()
    {
        Band[] bands = [new("GOLD", TopRanks: 2, MinScore: 90)];

        var standings = Rank(bands, [], ("E1", 95), ("E2", 85), ("E3", 92));

        standings.Entries.Select(s => (s.EntryCode, s.Grade)).ShouldBe([("E1", "GOLD"), ("E3", "GOLD"), ("E2", "")]);
    }

    [Fact]
    public void The_last_stages_bands_apply_when_the_round_lists_none()
    {
        var stage = Stage with { Bands = [new Band("X", MinScore: 50)] };
        var standings = RoundCalculator.Calculate(Rounds.Round(stage, "E1"), [Rounds.Card("s", "J1", "E1", 60)]);

        standings["E1"].Grade.ShouldBe("X");
    }

    [Fact]
    public void A_tie_across_the_edge_of_a_top_ranks_band_is_a_boundary_tie()
    {
        var standings = Rank([new("TOP2", TopRanks: 2), new("REST")], [], ("E1", 95), ("E2", 90), ("E3", 90), ("E4", 80));

        standings.Entries.Select(s => (s.EntryCode, s.Rank, s.Tied, s.BoundaryTie, s.Grade)).ShouldBe(
        [
            ("E1", 1, false, false, "TOP2"),
            ("E2", 2, true, true, "TOP2"),
            ("E3", 2, true, true, "TOP2"),
            ("E4", 4, false, false, "REST"),
        ]);
        var tie = standings.BoundaryTies.ShouldHaveSingleItem();
        tie.ShouldSatisfyAllConditions(
            t => t.Grade.ShouldBe("TOP2"),
            t => t.Rank.ShouldBe(2),
            t => t.Entries.ShouldBe(["E2", "E3"]),
            t => t.IsResolved.ShouldBeFalse());
        standings.CanBeFinalised.ShouldBeFalse();
    }

    [Fact]
    public void A_tie_inside_a_band_is_not_a_boundary_tie()
    {
        var standings = Rank([new("TOP3", TopRanks: 3)], [], ("E1", 95), ("E2", 90), ("E3", 90), ("E4", 80));

        standings.BoundaryTies.ShouldBeEmpty();
        standings.Entries.ShouldAllBe(s => !s.BoundaryTie);
        standings.CanBeFinalised.ShouldBeTrue();
    }

    [Fact]
    public void Finalising_with_an_unresolved_boundary_tie_is_an_error_that_names_the_tie()
    {
        var standings = Rank([new("TOP1", TopRanks: 1)], [], ("E1", 90), ("E2", 90));

        var error = Should.Throw<UnresolvedBoundaryTieException>(standings.EnsureCanBeFinalised);

        error.Message.ShouldContain("TOP1");
        error.Message.ShouldContain("E1, E2");
    }

    [Fact]
    public void A_boundary_decision_orders_the_tied_entries_and_gives_them_distinct_ranks()
    {
        BoundaryDecision decision = new(["E3", "E2"], "E3 presented the stronger live case");

        var standings = Rank([new("TOP2", TopRanks: 2), new("REST")], [decision], ("E1", 95), ("E2", 90), ("E3", 90), ("E4", 80));

        standings.Entries.Select(s => (s.EntryCode, s.Rank, s.Position, s.Tied, s.BoundaryTie, s.Grade)).ShouldBe(
        [
            ("E1", 1, 1, false, false, "TOP2"),
            ("E3", 2, 2, false, true, "TOP2"),
            ("E2", 3, 3, false, true, "REST"),
            ("E4", 4, 4, false, false, "REST"),
        ]);
        standings.BoundaryTies.ShouldHaveSingleItem().Decision.ShouldBe(decision);
        standings.CanBeFinalised.ShouldBeTrue();
        Should.NotThrow(standings.EnsureCanBeFinalised);
    }

    [Fact]
    public void A_decision_that_does_not_name_exactly_the_tied_entries_changes_nothing()
    {
        BoundaryDecision decision = new(["E3", "E2", "E4"], "stale");

        var standings = Rank([new("TOP2", TopRanks: 2)], [decision], ("E1", 95), ("E2", 90), ("E3", 90), ("E4", 80));

        standings["E2"].Rank.ShouldBe(2);
        standings["E3"].Rank.ShouldBe(2);
        standings.UnappliedDecisions.ShouldBe([decision]);
        standings.CanBeFinalised.ShouldBeFalse();
    }

    [Fact]
    public void A_decision_changes_the_rounds_ranking_only_never_the_stages()
    {
        var standings = Rank([new("TOP1", TopRanks: 1)], [new(["E2", "E1"], "chair's call")], ("E1", 90), ("E2", 90));

        standings.Entries.Select(s => (s.EntryCode, s.Rank)).ShouldBe([("E2", 1), ("E1", 2)]);
        standings.Stage("s").Entries.Select(s => (s.EntryCode, s.Rank, s.Tied)).ShouldBe([("E1", 1, true), ("E2", 1, true)]);
    }

    [Fact]
    public void Boundary_ties_count_only_the_entries_ranked_in_the_last_stage()
    {
        var first = Rounds.SingleCriterionStage("a", 1, AggregationMethod.Mean, advance: 1);
        var last = Rounds.SingleCriterionStage("b", 1, AggregationMethod.Mean);
        var round = Rounds.Round([first, last], "E1", "E2", "E3") with { Bands = [new Band("TOP1", TopRanks: 1)] };

        // E1 alone reaches stage b; E2 and E3 tie as eliminated entries at rank 2, outside the band's reach.
        var standings = RoundCalculator.Calculate(round, [Rounds.Card("a", "J1", "E1", 90), Rounds.Card("a", "J1", "E2", 80), Rounds.Card("a", "J1", "E3", 80), Rounds.Card("b", "J1", "E1", 10)]);

        standings.BoundaryTies.ShouldBeEmpty();
        standings["E2"].Grade.ShouldBe("");
    }
}
