using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Core.Audit;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Scoring;

namespace Showcase.Evaluations.Tests;

/// <summary>A round's whole year through the services: draft, applications, scoring, closing, decision, public notice, objections, FINAL.</summary>
public sealed class RoundLifecycleServiceTests(EvaluationsFixture fixture) : IClassFixture<EvaluationsFixture>
{
    private EvaluationsHost Host => fixture.Host;

    private Task<T> With<T>(Func<IServiceProvider, Task<T>> work) => Host.InScopeAsync(work);

    private Task Do<TService>(Func<TService, Task> work) where TService : notnull =>
        Host.InScopeAsync(sp => work(sp.GetRequiredService<TService>()));

    private static RoundInput Definition(string code) => new(code, "生命周期", 2023, [
        new StageInput("final", "终评", [new CriterionInput("score", "总分", 100, TieBreak: 1)], ["j1", "j5", "j6"]) { Method = AggregationMethod.Mean },
    ])
    {
        Bands = [new Band("TOP1", TopRanks: 1), new Band("B")],
    };

    private Task SubmitAsync(string code, string entry, string judge, decimal score) =>
        Do<ScorecardService>(s => s.SubmitAsync(new ScorecardSubmission(code, "final", entry, judge, new Dictionary<string, decimal> { ["score"] = score }, $"{code}-{entry}-{judge}")));

    [Fact]
    public async Task A_round_goes_from_draft_to_final_with_every_move_audited_and_finalising_waits_for_decisions_and_objections()
    {
        const string code = "life";
        await Do<RoundAdministration>(r => r.SaveDefinitionAsync("manager", Definition(code)));
        (await Should.ThrowAsync<EvaluationRefusedException>(() => Do<RoundAdministration>(r => r.MoveAsync("manager", code, RoundState.Scoring, "skip ahead"))))
            .Reason.ShouldBe(RefusalReasons.InvalidTransition);
        (await Should.ThrowAsync<EvaluationRefusedException>(() => Do<RoundAdministration>(r => r.MoveAsync("manager", code, RoundState.ApplicationsOpen, " "))))
            .Reason.ShouldBe(RefusalReasons.ReasonRequired);
        await Do<RoundAdministration>(r => r.MoveAsync("manager", code, RoundState.ApplicationsOpen, "call for entries"));

        var yly = new Applicant("editor-yly", "GC-QP-YLY");
        var e1 = await With(sp => sp.GetRequiredService<ApplicationService>().ApplyAsync(yly, code, "B1"));
        e1.BrandVersion.ShouldBe(1);
        e1.DistrictCode.ShouldBe("GC");
        (await Should.ThrowAsync<EvaluationRefusedException>(() => Do<ApplicationService>(a => a.ApplyAsync(yly, code, "B1")))).Reason.ShouldBe(RefusalReasons.AlreadyEntered);
        (await Should.ThrowAsync<EvaluationRefusedException>(() => Do<ApplicationService>(a => a.ApplyAsync(yly, code, "B3")))).Reason.ShouldBe(RefusalReasons.NotOwnCommunity);
        (await Should.ThrowAsync<EvaluationRefusedException>(() => Do<ApplicationService>(a => a.ApplyAsync(yly, code, "NOPE")))).Reason.ShouldBe(RefusalReasons.BrandNotPublished);
        var manager = new Applicant("manager", "", AnyCommunity: true);
        var e2 = await With(sp => sp.GetRequiredService<ApplicationService>().ApplyAsync(manager, code, "B3"));
        var e3 = await With(sp => sp.GetRequiredService<ApplicationService>().ApplyAsync(manager, code, "B5"));
        var e4 = await With(sp => sp.GetRequiredService<ApplicationService>().ApplyAsync(manager, code, "B7"));
        await Do<ApplicationService>(a => a.AcceptAsync("manager", code, e1.Code));
        await Do<ApplicationService>(a => a.AcceptAsync("manager", code, e2.Code));
        await Do<ApplicationService>(a => a.AcceptAsync("manager", code, e3.Code));
        (await Should.ThrowAsync<EvaluationRefusedException>(() => Do<ApplicationService>(a => a.RejectAsync("manager", code, e4.Code, "")))).Reason.ShouldBe(RefusalReasons.ReasonRequired);
        await Do<ApplicationService>(a => a.RejectAsync("manager", code, e4.Code, "not a party-building brand"));

        await Do<RoundAdministration>(r => r.MoveAsync("manager", code, RoundState.Scoring, "the review meeting starts"));
        foreach (var judge in new[] { "j1", "j5", "j6" })
        {
            await SubmitAsync(code, e1.Code, judge, 90);
            await SubmitAsync(code, e2.Code, judge, 90);
            await SubmitAsync(code, e3.Code, judge, 80);
        }

        (await Should.ThrowAsync<ScorecardRefusedException>(() => SubmitAsync(code, e4.Code, "j1", 70))).Reason.ShouldBe(RefusalReasons.EntryNotFound);
        await Do<ApplicationService>(a => a.WithdrawAsync("manager", code, e3.Code, "the community withdrew"));
        await Do<RoundAdministration>(r => r.MoveAsync("manager", code, RoundState.Closed, "scoring is over"));
        await Do<RoundAdministration>(r => r.MoveAsync("manager", code, RoundState.PublicNotice, "results approved for notice"));

        var reference = await With(sp => sp.GetRequiredService<ObjectionService>().LodgeAsync(code, "张三", "13800000000", "E01 的材料有误"));
        reference.ShouldBe("life-001");
        var blocked = await Should.ThrowAsync<EvaluationRefusedException>(() => Do<RoundAdministration>(r => r.MoveAsync("manager", code, RoundState.Final, "notice over")));
        blocked.Reason.ShouldBe(RefusalReasons.OpenObjections);
        await Do<ObjectionService>(o => o.DismissAsync("manager", reference, "the material was checked and is correct"));
        var tie = await Should.ThrowAsync<EvaluationRefusedException>(() => Do<RoundAdministration>(r => r.MoveAsync("manager", code, RoundState.Final, "notice over")));
        tie.Reason.ShouldBe(RefusalReasons.UnresolvedBoundaryTie);

        (await Should.ThrowAsync<EvaluationRefusedException>(() => Do<DecisionService>(d => d.RecordAsync("manager", code, "TOP1", [e1.Code, e3.Code], "vote")))).Reason.ShouldBe(RefusalReasons.InvalidDecision);
        await Do<DecisionService>(d => d.RecordAsync("manager", code, "TOP1", [e2.Code, e1.Code], "run-off vote of the panel"));
        await Do<RoundAdministration>(r => r.MoveAsync("manager", code, RoundState.Final, "notice over, no open objection"));

        var (results, published, transitions, audit) = await With(async sp =>
        {
            var db = sp.GetRequiredService<EvaluationsDbContext>();
            var round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Code == code);
            return (await sp.GetRequiredService<ResultsService>().GetAsync(code),
                await sp.GetRequiredService<ResultsService>().PublishedAsync(code),
                await db.Transitions.AsNoTracking().Where(t => t.RoundId == round.Id).OrderBy(t => t.Id).Select(t => t.To).ToListAsync(),
                await sp.GetRequiredService<AuditLog>().ListAsync("Round/" + code, take: 200));
        });
        results.Standings.Entries.Select(s => $"{s.EntryCode} {s.Status.ToExportName()} r{s.Rank} {s.Grade}").ShouldBe([
            $"{e2.Code} RANKED r1 TOP1", $"{e1.Code} RANKED r2 B", $"{e3.Code} WITHDRAWN r0 ",
        ]);
        published!.State.ShouldBe(RoundState.Final);
        published.LedgerSequence.ShouldBe(12, "nine submissions and three withdrawals of E03's scorecards");
        transitions.ShouldBe([RoundState.ApplicationsOpen, RoundState.Scoring, RoundState.Closed, RoundState.PublicNotice, RoundState.Final]);
        audit.Count(a => a.Action == "round.transition").ShouldBe(5);
        audit.ShouldContain(a => a.Action == "objection.dismiss");
        audit.ShouldContain(a => a.Action == "decision.record");
    }

    [Fact]
    public async Task An_upheld_objection_reopens_the_stage_and_the_round_scores_again()
    {
        const string code = "uphold";
        await Host.RunRecipeAsync(RoundRecipes.WorkedExample(code, state: "PUBLIC_NOTICE"));
        var reference = await With(sp => sp.GetRequiredService<ObjectionService>().LodgeAsync(code, "李四", "li@example.org", "E4 缺少一位评委的评分"));

        await Do<ObjectionService>(o => o.UpholdAsync("manager", reference, "one judge's scorecard was lost"));
        await SubmitWorkedAsync(code);

        var results = await With(sp => sp.GetRequiredService<ResultsService>().GetAsync(code));
        results.State.ShouldBe(RoundState.Scoring);
        results.OpenStage.ShouldBe("final");
        results.Standings["E4"].Status.ShouldBe(StandingStatus.Ranked);
        (await Should.ThrowAsync<EvaluationRefusedException>(() => Do<ObjectionService>(o => o.DismissAsync("manager", reference, "again")))).Reason.ShouldBe(RefusalReasons.WrongState);
    }

    private Task SubmitWorkedAsync(string code) =>
        Do<ScorecardService>(s => s.SubmitAsync(new ScorecardSubmission(code, "final", "E4", "j9", new Dictionary<string, decimal> { ["innovation"] = 32, ["effect"] = 32, ["spread"] = 16 }, code + "-late")));

    [Fact]
    public async Task Diagnostics_and_rank_intervals_come_from_the_scoring_library_for_a_stored_round()
    {
        await Host.RunRecipeAsync(RoundRecipes.WorkedExample("diag"));

        var (diagnostics, intervals) = await With(async sp =>
        {
            var results = sp.GetRequiredService<ResultsService>();
            return (await results.DiagnosticsAsync("diag"), await results.IntervalsAsync("diag"));
        });

        diagnostics.Judges.Select(j => j.Judge).Distinct().Order().ShouldBe(["j1", "j2", "j5", "j6", "j8", "j9"]);
        diagnostics.Judges.Single(j => j.Judge == "j2").Count.ShouldBe(0, "j2 is conflicted with E1 and E2 and scored nothing");
        intervals.Entries.Select(e => e.EntryCode).Order().ToList().ShouldBe(["E1", "E2", "E3"], "E4 has no rank to give an interval of");
        intervals.For("E3")!.Low.ShouldBe(1);
    }

    [Fact]
    public async Task When_the_notice_period_has_ended_an_open_objection_holds_final_back_until_it_is_dismissed()
    {
        const string code = "notice-over";
        var recipe = RoundRecipes.WorkedExample(code, state: "PUBLIC_NOTICE")
            .Replace("\"state\": \"PUBLIC_NOTICE\",", "\"state\": \"PUBLIC_NOTICE\", \"schedule\": { \"publicNotice\": \"2021-05-25T09:00:00+08:00\", \"noticeDays\": 7 },", StringComparison.Ordinal);
        await Host.RunRecipeAsync(recipe);
        var reference = await With(sp => sp.GetRequiredService<ObjectionService>().LodgeAsync(code, "王五", "wang@example.org", "请复核"));

        (await With(sp => sp.GetRequiredService<RoundAdministration>().RunScheduleAsync(code))).ShouldBeEmpty();
        await Do<ObjectionService>(o => o.DismissAsync("manager", reference, "checked"));
        var moves = await With(sp => sp.GetRequiredService<RoundAdministration>().RunScheduleAsync(code));

        moves.ShouldBe([RoundState.Final]);
        (await With(sp => sp.GetRequiredService<IRoundDirectory>().FindAsync(code)))!.State.ShouldBe(RoundState.Final);
    }
}
