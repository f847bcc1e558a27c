using Shouldly;

namespace Showcase.Scoring.Tests;

/// <summary>The incremental update: what one scorecard touches, and that the result is the full recompute's.</summary>
public sealed class RoundTallyTests
{
    private static readonly StageDefinition Material = Rounds.SingleCriterionStage("material", 3, AggregationMethod.Mean, advance: 2);
    private static readonly StageDefinition Live = Rounds.SingleCriterionStage("live", 3);
    private static readonly RoundDefinition Round = Rounds.Round([Material, Live], "E1", "E2", "E3") with { Conflicts = [new Conflict("J3", "E3")] };

    private static List<Scorecard> Cards() =>
    [
        .. Rounds.Scores("material", "E1", 90, 90, 90), .. Rounds.Scores("material", "E2", 80, 80, 80), .. Rounds.Scores("material", "E3", 70, 70, 70),
        .. Rounds.Scores("live", "E1", 60, 70, 80), .. Rounds.Scores("live", "E2", 75, 75, 75),
    ];

    [Fact]
    public void A_scorecard_in_the_last_stage_rescores_only_its_entry()
    {
        var tally = RoundTally.Create(Round, Cards());

        var change = tally.Apply(Rounds.Card("live", "J2", "E1", 100) with { Revision = 1 });

        change.ShouldBe(new RoundChange(RoundChangeKind.EntryRescored, "live", "E1"));
        change.ResultsMayHaveChanged.ShouldBeTrue();
        tally.Standings().Entries.Select(s => (s.EntryCode, s.ScoreText)).ShouldBe([("E1", "80.00"), ("E2", "75.00"), ("E3", "70.00")]);
    }

    [Fact]
    public void A_scorecard_in_an_earlier_stage_recomputes_that_stage_and_the_ones_after()
    {
        var tally = RoundTally.Create(Round, Cards());

        var change = tally.Apply(Rounds.Card("material", "J1", "E3", 100) with { Revision = 1 });
        tally.Apply(Rounds.Card("material", "J2", "E3", 100) with { Revision = 1 });

        change.Kind.ShouldBe(RoundChangeKind.StagesRecomputed);
        var standings = tally.Standings();
        standings.Stage("material").Entries.Where(s => s.Advanced).Select(s => s.EntryCode).ShouldBe(["E3", "E1"]);
        standings["E2"].Status.ShouldBe(StandingStatus.Eliminated);
        standings["E3"].Status.ShouldBe(StandingStatus.InsufficientPanel); // it went on, but has no live scorecards yet
    }

    [Fact]
    public void Drafts_older_revisions_and_conflicted_scorecards_change_no_results()
    {
        var tally = RoundTally.Create(Round, Cards());

        tally.Apply(Rounds.Card("live", "J1", "E1", 1) with { IsDraft = true }).Kind.ShouldBe(RoundChangeKind.Ignored);
        tally.Apply(Rounds.Card("live", "J1", "E2", 1) with { Revision = -1 }).Kind.ShouldBe(RoundChangeKind.Ignored);
        tally.Apply(Rounds.Card("material", "J3", "E3", 1) with { Revision = 1 }).Kind.ShouldBe(RoundChangeKind.Stored);
        tally.Apply(Rounds.Card("live", "J1", "E3", 1)).Kind.ShouldBe(RoundChangeKind.Stored);

        RandomRounds.Describe(tally.Standings()).ShouldBe(RandomRounds.Describe(RoundCalculator.Calculate(Round, Cards())));
    }

    [Fact]
    public void Removing_a_scorecard_takes_it_off_the_panel()
    {
        var tally = RoundTally.Create(Round, Cards());

        tally.Remove("live", "J3", "E1").Kind.ShouldBe(RoundChangeKind.EntryRescored);
        tally.Remove("live", "J3", "E1").Kind.ShouldBe(RoundChangeKind.Ignored);

        tally.Standings()["E1"].Status.ShouldBe(StandingStatus.InsufficientPanel);
    }

    [Fact]
    public void The_counted_scorecards_leave_out_conflicted_ones_and_entries_that_did_not_take_part()
    {
        var cards = Cards();
        cards.Add(Rounds.Card("live", "J1", "E3", 99));
        cards.Add(Rounds.Card("material", "J3", "E3", 1) with { Revision = 1 });

        var counted = RoundTally.Create(Round, cards).CountedScorecards().ToList();

        counted.Count.ShouldBe(14);
        counted.ShouldNotContain(c => c.Entry == "E3" && (c.Judge == "J3" || c.Stage == "live"));
    }

    [Fact]
    public void Criterion_means_are_the_panels_means_rounded_to_two_decimals()
    {
        var tally = RoundTally.Create(Rounds.Round(Rounds.Stage("s", 3), "E1"), [Rounds.Card("s", "J1", "E1", 30, 30, 10), Rounds.Card("s", "J2", "E1", 31, 30, 10), Rounds.Card("s", "J3", "E1", 31, 30.5m, 10)]);

        tally.CriterionMeans("s", "E1").ShouldBe([30.67m, 30.17m, 10.00m]);
    }
}
