using Shouldly;

namespace Showcase.Scoring.Tests;

/// <summary>
/// The admission check against a round being scored: every problem with its path, an entry that did not reach the stage,
/// a judge of no stage versus a judge not listed for this one, and a re-submission that changes nothing.
/// </summary>
public sealed class ScorecardAdmissionTests
{
    private static readonly StageDefinition Material = Rounds.SingleCriterionStage("material", 3, AggregationMethod.Mean, advance: 2);

    // The live stage has its own panel: L1..L3, plus J1 who also sat on the material review.
    private static readonly StageDefinition Live = new("live", "live", Rounds.WorkedCriteria, ["J1", "L1", "L2", "L3"]) { MinPanel = 3 };

    private static readonly RoundDefinition Round = Rounds.Round([Material, Live], "E1", "E2", "E3");

    private static RoundTally Tally() => RoundTally.Create(Round,
    [
        .. Rounds.Scores("material", "E1", 90, 90, 90), .. Rounds.Scores("material", "E2", 80, 80, 80), .. Rounds.Scores("material", "E3", 70, 70, 70),
        Rounds.Card("live", "L1", "E1", 30, 30, 10),
    ]);

    [Fact]
    public void A_scorecard_for_an_entry_that_did_not_reach_the_stage_is_refused()
    {
        var tally = Tally();

        var error = Should.Throw<ScorecardRejectedException>(() => ScorecardRules.Check(tally, Rounds.Card("live", "L2", "E3", 30, 30, 10)));

        error.Problem.ShouldBe(ScorecardProblem.EntryNotInStage);
        error.Problems.Single().Path.ShouldBe("entry");
        error.Value.ShouldBe("E3");
        error.IsReplay.ShouldBeFalse();
        error.Message.ShouldContain("entry 'E3' did not reach the stage");
        ScorecardRules.Find(tally, Rounds.Card("live", "L2", "E2", 30, 30, 10)).ShouldBeEmpty();
    }

    [Fact]
    public void The_definition_alone_cannot_tell_whether_an_entry_reached_a_later_stage()
    {
        ScorecardRules.Find(Round, Rounds.Card("live", "L2", "E3", 30, 30, 10)).ShouldBeEmpty();
    }

    [Fact]
    public void A_scorecard_repeating_the_current_one_is_reported_as_a_replay()
    {
        var tally = Tally();

        var error = Should.Throw<ScorecardRejectedException>(() => ScorecardRules.Check(tally, Rounds.Card("live", "L1", "E1", 30, 30, 10) with { Revision = 1 }));

        error.Problem.ShouldBe(ScorecardProblem.SameAsCurrent);
        error.IsReplay.ShouldBeTrue();
        ScorecardRules.Find(tally, Rounds.Card("live", "L1", "E1", 30, 30.5m, 10) with { Revision = 1 }).ShouldBeEmpty();
    }

    [Fact]
    public void The_same_scores_written_with_other_digits_are_an_amendment_not_a_replay()
    {
        // The export shows scores as entered, so "10.0" is a change a reader can see.
        ScorecardRules.Find(Tally(), Rounds.Card("live", "L1", "E1", 30, 30, 10.0m) with { Revision = 1 }).ShouldBeEmpty();
    }

    [Fact]
    public void Applying_a_scorecard_with_the_scores_already_held_keeps_it_and_changes_nothing()
    {
        var tally = Tally();
        var before = RandomRounds.Describe(tally.Standings());

        var change = tally.Apply(Rounds.Card("live", "L1", "E1", 30, 30, 10) with { Revision = 1 });

        change.Kind.ShouldBe(RoundChangeKind.Unchanged);
        change.ResultsMayHaveChanged.ShouldBeFalse();
        tally.CountedScorecards().Single(c => c.Stage == "live").Revision.ShouldBe(1);
        RandomRounds.Describe(tally.Standings()).ShouldBe(before);
    }

    [Fact]
    public void A_judge_of_another_stage_is_told_apart_from_a_judge_of_no_stage()
    {
        var notOnStage = Should.Throw<ScorecardRejectedException>(() => ScorecardRules.Check(Round, Rounds.Card("live", "J2", "E1", 30, 30, 10)));
        var unknown = Should.Throw<ScorecardRejectedException>(() => ScorecardRules.Check(Round, Rounds.Card("live", "X9", "E1", 30, 30, 10)));

        notOnStage.Problem.ShouldBe(ScorecardProblem.JudgeNotOnStage);
        notOnStage.Message.ShouldContain("judge 'J2' is not listed for the stage");
        unknown.Problem.ShouldBe(ScorecardProblem.UnknownJudge);
        unknown.Message.ShouldContain("judge 'X9' is not listed for the stage nor for any other stage of the round");
    }

    [Fact]
    public void The_tally_tells_the_two_judge_problems_apart_too()
    {
        var tally = Tally();

        Should.Throw<ScorecardRejectedException>(() => tally.Apply(Rounds.Card("live", "J2", "E1", 30, 30, 10))).Problem.ShouldBe(ScorecardProblem.JudgeNotOnStage);
        Should.Throw<ScorecardRejectedException>(() => tally.Apply(Rounds.Card("live", "X9", "E1", 30, 30, 10))).Problem.ShouldBe(ScorecardProblem.UnknownJudge);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path_in_field_order()
    {
        var card = Rounds.Card("live", "J2", "E9", 41, 30.25m, -1);

        var error = Should.Throw<ScorecardRejectedException>(() => ScorecardRules.Check(Round, card));

        error.Problems.Select(p => (p.Problem, p.Path)).ShouldBe(
        [
            (ScorecardProblem.UnknownEntry, "entry"),
            (ScorecardProblem.JudgeNotOnStage, "judge"),
            (ScorecardProblem.AboveMaximum, "criteria.innovation"),
            (ScorecardProblem.OffStep, "criteria.effect"),
            (ScorecardProblem.BelowZero, "criteria.spread"),
        ]);
        error.Problem.ShouldBe(ScorecardProblem.UnknownEntry);
        error.Message.ShouldContain("criteria.effect: effect = 30.25 is not a whole multiple of the step");
    }

    [Fact]
    public void Missing_and_extra_scores_are_all_named()
    {
        var short2 = Should.Throw<ScorecardRejectedException>(() => ScorecardRules.Check(Round, Rounds.Card("live", "L1", "E1", 30)));
        var named = Should.Throw<ScorecardRejectedException>(() =>
            Scorecard.FromNamedScores(Live, "L1", "E1", new Dictionary<string, decimal> { ["innovation"] = 30, ["style"] = 5 }));

        short2.Problems.Select(p => p.Path).ShouldBe(["criteria.effect", "criteria.spread"]);
        named.Problems.Select(p => (p.Problem, p.Path)).ShouldBe(
        [
            (ScorecardProblem.MissingCriterion, "criteria.effect"),
            (ScorecardProblem.MissingCriterion, "criteria.spread"),
            (ScorecardProblem.UnknownCriterion, "criteria.style"),
        ]);
    }

    [Fact]
    public void The_full_recompute_names_every_bad_score_of_the_first_bad_scorecard()
    {
        var error = Should.Throw<ScorecardRejectedException>(() => RoundCalculator.Calculate(Round, [Rounds.Card("live", "L1", "E1", 40.5m, 41, 10)]));

        error.Problems.Select(p => p.Path).ShouldBe(["criteria.innovation", "criteria.effect"]);
        error.Message.ShouldStartWith("Scorecard of judge 'L1' for entry 'E1' in stage 'live' refused: innovation = 40.5 is above the maximum; allowed: 0 to 40 in steps of 0.5.");
    }
}
