using Shouldly;
using Showcase.Evaluations.Models;
using Showcase.Organizations.Models;
using Showcase.Organizations.Services;

namespace Showcase.Evaluations.Tests;

public sealed class RoundLifecycleTests
{
    private static readonly DateTimeOffset T0 = new(2021, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly RoundSchedule Full = new(T0, T0.AddDays(30), T0.AddDays(31), T0.AddDays(40), 7);

    [Fact]
    public void A_manager_moves_one_state_forward_or_back_to_scoring_to_reopen_a_stage()
    {
        RoundLifecycle.CanMove(RoundState.Draft, RoundState.ApplicationsOpen).ShouldBeTrue();
        RoundLifecycle.CanMove(RoundState.Scoring, RoundState.Closed).ShouldBeTrue();
        RoundLifecycle.CanMove(RoundState.Closed, RoundState.Scoring).ShouldBeTrue();
        RoundLifecycle.CanMove(RoundState.PublicNotice, RoundState.Scoring).ShouldBeTrue();
        RoundLifecycle.CanMove(RoundState.Draft, RoundState.Scoring).ShouldBeFalse();
        RoundLifecycle.CanMove(RoundState.Final, RoundState.Scoring).ShouldBeFalse();
        RoundLifecycle.CanMove(RoundState.Scoring, RoundState.ApplicationsOpen).ShouldBeFalse();
    }

    [Fact]
    public void The_schedule_says_which_move_is_due_and_when_the_next_one_falls()
    {
        RoundLifecycle.Due(RoundState.Draft, Full, T0.AddSeconds(-1)).ShouldBeNull();
        RoundLifecycle.Due(RoundState.Draft, Full, T0).ShouldBe(RoundState.ApplicationsOpen);
        RoundLifecycle.Due(RoundState.Scoring, Full, T0.AddDays(31)).ShouldBe(RoundState.Closed);
        RoundLifecycle.NextDueTime(RoundState.PublicNotice, Full).ShouldBe(T0.AddDays(47));
        RoundLifecycle.Due(RoundState.PublicNotice, Full, T0.AddDays(46)).ShouldBeNull();
        RoundLifecycle.Due(RoundState.Final, Full, T0.AddYears(1)).ShouldBeNull();
    }

    [Fact]
    public void States_the_schedule_gives_no_time_are_passed_through_and_without_a_time_nothing_moves()
    {
        var onlyScoring = new RoundSchedule(ScoringOpen: T0, ScoringClose: T0.AddDays(1));

        RoundLifecycle.Due(RoundState.Draft, onlyScoring, T0).ShouldBe(RoundState.Scoring);
        RoundLifecycle.PathTo(RoundState.Draft, RoundState.Scoring).ShouldBe([RoundState.ApplicationsOpen, RoundState.Scoring]);
        RoundLifecycle.Due(RoundState.Closed, onlyScoring, T0.AddYears(1)).ShouldBeNull();
        RoundLifecycle.NextDueTime(RoundState.Closed, onlyScoring).ShouldBeNull();
        new RoundSchedule(PublicNotice: T0).FinalAt.ShouldBeNull("no notice period, no end of it");
    }

    [Fact]
    public void A_schedule_out_of_order_names_the_field()
    {
        new RoundSchedule(ScoringOpen: T0, ScoringClose: T0.AddDays(-1)).Problem()!.Value.Field.ShouldBe("scoringClose");
        (Full with { NoticeDays = -1 }).Problem()!.Value.Field.ShouldBe("noticeDays");
        Full.Problem().ShouldBeNull();
    }

    [Fact]
    public void The_tree_implies_a_conflict_for_a_district_street_or_community_judge_but_not_a_city_one()
    {
        var tree = new OrganizationTree([
            new("CZ", "池州市", UnitKind.City, null),
            new("GC", "贵池区", UnitKind.District, "CZ"),
            new("DZ", "东至县", UnitKind.District, "CZ"),
            new("GC-QP", "秋浦街道", UnitKind.Street, "GC"),
            new("GC-QP-YLY", "烟柳园社区", UnitKind.Community, "GC-QP"),
        ]);

        ConflictRule.IsImplied(tree, "GC", "GC-QP-YLY").ShouldBeTrue();
        ConflictRule.IsImplied(tree, "GC-QP", "GC-QP-YLY").ShouldBeTrue();
        ConflictRule.IsImplied(tree, "GC-QP-YLY", "GC-QP-YLY").ShouldBeTrue();
        ConflictRule.IsImplied(tree, "CZ", "GC-QP-YLY").ShouldBeFalse();
        ConflictRule.IsImplied(tree, "", "GC-QP-YLY").ShouldBeFalse();
        ConflictRule.IsImplied(tree, "DZ", "GC-QP-YLY").ShouldBeFalse();
        ConflictRule.DistrictOf(tree, "GC-QP-YLY").ShouldBe("GC");
        ConflictRule.DistrictOf(tree, "CZ").ShouldBe("");
    }
}
