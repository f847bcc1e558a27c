using Shouldly;

namespace Showcase.Scoring.Tests;

/// <summary>Bad input is refused with a typed error naming the criterion, the value and what is allowed; nothing changes.</summary>
public sealed class ScorecardValidationTests
{
    private static readonly StageDefinition Stage = Rounds.Stage("final", judges: 3, minPanel: 3);

    private static readonly RoundDefinition Round = Rounds.Round(Stage, "E1", "E2") with { Conflicts = [new Conflict("J3", "E2")] };

    private static ScorecardRejectedException Refuse(params Scorecard[] cards) =>
        Should.Throw<ScorecardRejectedException>(() => RoundCalculator.Calculate(Round, cards));

    [Fact]
    public void A_score_above_the_maximum_names_the_criterion_the_value_and_the_range()
    {
        var error = Refuse(Rounds.Card("final", "J1", "E1", 40.5m, 30, 10));

        error.Problem.ShouldBe(ScorecardProblem.AboveMaximum);
        error.Criterion.ShouldBe("innovation");
        error.Value.ShouldBe("40.5");
        error.Allowed.ShouldBe("0 to 40 in steps of 0.5");
        error.Message.ShouldBe("Scorecard of judge 'J1' for entry 'E1' in stage 'final' refused: innovation = 40.5 is above the maximum; allowed: 0 to 40 in steps of 0.5.");
    }

    [Fact]
    public void A_score_off_its_step_is_refused()
    {
        var error = Refuse(Rounds.Card("final", "J1", "E1", 30, 30.25m, 10));

        error.Problem.ShouldBe(ScorecardProblem.OffStep);
        error.Criterion.ShouldBe("effect");
        error.Value.ShouldBe("30.25");
    }

    [Fact]
    public void A_negative_score_is_refused()
    {
        var error = Refuse(Rounds.Card("final", "J1", "E1", 30, 30, -1));

        error.Problem.ShouldBe(ScorecardProblem.BelowZero);
        error.Criterion.ShouldBe("spread");
    }

    [Fact]
    public void A_missing_criterion_is_named()
    {
        var error = Refuse(Rounds.Card("final", "J1", "E1", 30, 30));

        error.Problem.ShouldBe(ScorecardProblem.MissingCriterion);
        error.Criterion.ShouldBe("spread");
        error.Allowed.ShouldBe("0 to 20 in steps of 0.5");
    }

    [Fact]
    public void A_missing_criterion_is_named_when_scores_come_by_key()
    {
        var error = Should.Throw<ScorecardRejectedException>(() =>
            Scorecard.FromNamedScores(Stage, "J1", "E1", new Dictionary<string, decimal> { ["innovation"] = 30, ["spread"] = 10 }));

        error.Problem.ShouldBe(ScorecardProblem.MissingCriterion);
        error.Criterion.ShouldBe("effect");
    }

    [Fact]
    public void A_score_for_an_unknown_criterion_is_refused()
    {
        var error = Should.Throw<ScorecardRejectedException>(() =>
            Scorecard.FromNamedScores(Stage, "J1", "E1", new Dictionary<string, decimal> { ["innovation"] = 30, ["effect"] = 30, ["spread"] = 10, ["style"] = 5 }));

        error.Problem.ShouldBe(ScorecardProblem.UnknownCriterion);
        error.Criterion.ShouldBe("style");
        error.Allowed.ShouldContain("innovation, effect, spread");
    }

    [Fact]
    public void An_unknown_judge_entry_or_stage_is_refused()
    {
        Refuse(Rounds.Card("final", "J9", "E1", 30, 30, 10)).ShouldSatisfyAllConditions(e => e.Problem.ShouldBe(ScorecardProblem.UnknownJudge), e => e.Value.ShouldBe("J9"));
        Refuse(Rounds.Card("final", "J1", "E9", 30, 30, 10)).ShouldSatisfyAllConditions(e => e.Problem.ShouldBe(ScorecardProblem.UnknownEntry), e => e.Value.ShouldBe("E9"));
        Refuse(Rounds.Card("semi", "J1", "E1", 30, 30, 10)).ShouldSatisfyAllConditions(e => e.Problem.ShouldBe(ScorecardProblem.UnknownStage), e => e.Allowed.ShouldBe("one of final"));
    }

    [Fact]
    public void Two_different_scorecards_with_one_revision_are_refused()
    {
        Refuse(Rounds.Card("final", "J1", "E1", 30, 30, 10), Rounds.Card("final", "J1", "E1", 31, 30, 10)).Problem.ShouldBe(ScorecardProblem.DuplicateRevision);
    }

    [Fact]
    public void A_draft_is_not_checked_because_it_never_counts()
    {
        Should.NotThrow(() => RoundCalculator.Calculate(Round, [Rounds.Card("final", "J1", "E1", 99) with { IsDraft = true }]));
    }

    [Fact]
    public void The_admission_check_refuses_a_conflicted_judge_and_a_withdrawn_entry()
    {
        ScorecardRules.Check(Round, Rounds.Card("final", "J3", "E1", 30, 30, 10));

        Should.Throw<ScorecardRejectedException>(() => ScorecardRules.Check(Round, Rounds.Card("final", "J3", "E2", 30, 30, 10))).Problem.ShouldBe(ScorecardProblem.ConflictedJudge);
        var withdrawn = Round with { Entries = [new RoundEntry("E1", Withdrawn: true)] };
        Should.Throw<ScorecardRejectedException>(() => ScorecardRules.Check(withdrawn, Rounds.Card("final", "J1", "E1", 30, 30, 10))).Problem.ShouldBe(ScorecardProblem.WithdrawnEntry);
        Should.Throw<ScorecardRejectedException>(() => ScorecardRules.Check(Round, Rounds.Card("final", "J1", "E1", 30, 30, 20.5m))).Problem.ShouldBe(ScorecardProblem.AboveMaximum);
    }

    [Fact]
    public void A_refused_update_leaves_the_tally_unchanged()
    {
        var tally = RoundTally.Create(Round, [.. Rounds.Totals("final", "E1", 80, 85, 90)]);
        var before = tally.Standings();

        Should.Throw<ScorecardRejectedException>(() => tally.Apply(Rounds.Card("final", "J1", "E1", 30, 30, 21) with { Revision = 5 }));
        tally.Apply(Rounds.Card("final", "J1", "E1", 30, 30, 20) with { Revision = 1 });
        tally.Apply(Rounds.Card("final", "J1", "E1", 30, 30, 20) with { Revision = 0 }).Kind.ShouldBe(RoundChangeKind.Ignored);

        before["E1"].ScoreText.ShouldBe("85.00");
        tally.Standings()["E1"].ScoreText.ShouldBe("85.00");
    }

    [Fact]
    public void A_definition_that_breaks_a_rule_is_refused_with_its_reason()
    {
        var zeroMax = Rounds.Round(Stage with { Criteria = [new Criterion("a", "A", 0)] }, "E1");
        Should.Throw<RoundDefinitionException>(() => RoundCalculator.Calculate(zeroMax, [])).Message.ShouldContain("'a'");

        var twice = new RoundDefinition("R", "R", [Stage], [new("E1"), new("E1")]);
        Should.Throw<RoundDefinitionException>(() => RoundCalculator.Calculate(twice, [])).Message.ShouldContain("'E1'");

        var unweighted = Rounds.Round([Stage with { Weight = 0 }], "E1");
        Should.Throw<RoundDefinitionException>(() => RoundCalculator.Calculate(unweighted, [])).Message.ShouldContain("weight");
    }
}
