using System.Net;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Models;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>The managers' round pages over HTTP: a draft's definition, panels previewed then committed, a conflict added by hand, the ledger check.</summary>
public sealed class EvaluationRoundPagesTests(EvaluationScreensHost host) : IClassFixture<EvaluationScreensHost>
{
    [Fact]
    public async Task A_new_round_is_a_draft_whose_stage_and_criteria_a_manager_shapes_and_a_scoring_round_refuses_it()
    {
        using var manager = await host.SignedInAsync("manager");

        var created = await manager.SubmitAsync("/admin/rounds", new Dictionary<string, string> { ["NewCode"] = "draft-1", ["NewTitle"] = "草稿轮次", ["NewYear"] = "2024" }, action: "/admin/rounds?handler=Create");
        var saved = await manager.SubmitAsync("/admin/rounds/draft-1/definition", new Dictionary<string, string>
        {
            ["stage"] = "final", ["title"] = "终评", ["method"] = "median", ["drop"] = "0", ["minPanel"] = "3", ["bands"] = "TOP3 top=3\nB",
            ["criteria[0].Key"] = "", ["criteria[1].Key"] = "impact", ["criteria[1].Title"] = "影响力", ["criteria[1].Description"] = "惠及多少居民",
            ["criteria[1].Max"] = "60", ["criteria[1].Step"] = "1", ["criteria[1].TieBreak"] = "1",
            ["criteria[2].Key"] = "method", ["criteria[2].Title"] = "方法", ["criteria[2].Max"] = "40",
        }, action: "/admin/rounds/draft-1/definition?handler=Stage");
        var badBand = await manager.SubmitAsync("/admin/rounds/draft-1/definition", new Dictionary<string, string> { ["title"] = "草稿轮次", ["year"] = "2024", ["bands"] = "TOP3 best=3" }, action: "/admin/rounds/draft-1/definition?handler=Round");
        var locked = await manager.SubmitAsync("/admin/rounds/live/definition", new Dictionary<string, string> { ["title"] = "改名", ["year"] = "2022", ["bands"] = "" }, action: "/admin/rounds/live/definition?handler=Round");
        var criteria = await host.Web.WithServiceAsync<EvaluationsDbContext, List<string>>(db => db.Criteria
            .Where(c => db.Stages.Any(s => s.Id == c.StageId && db.Rounds.Any(r => r.Id == s.RoundId && r.Code == "draft-1")))
            .OrderBy(c => c.Position).Select(c => c.Key + ":" + c.Max + ":" + c.Description).ToListAsync());
        var method = await host.Web.WithServiceAsync<EvaluationsDbContext, Showcase.Scoring.AggregationMethod>(db => db.Stages
            .Where(s => db.Rounds.Any(r => r.Id == s.RoundId && r.Code == "draft-1")).Select(s => s.Method).SingleAsync());
        var liveTitle = await host.Web.WithServiceAsync<EvaluationsDbContext, string>(db => db.Rounds.Where(r => r.Code == "live").Select(r => r.Title).SingleAsync());

        created.Status.ShouldBe(HttpStatusCode.Redirect);
        created.Location.ShouldBe("/admin/rounds/draft-1/definition");
        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        criteria.Count.ShouldBe(2);
        criteria[0].ShouldStartWith("impact:60");
        criteria[0].ShouldEndWith("惠及多少居民");
        criteria[1].ShouldStartWith("method:40");
        method.ShouldBe(Showcase.Scoring.AggregationMethod.Median);
        badBand.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        badBand.Html.ShouldContain("best=3");
        locked.Status.ShouldBe(HttpStatusCode.Conflict);
        liveTitle.ShouldBe("第三届评审");
    }

    [Fact]
    public async Task A_balanced_assignment_is_only_a_preview_until_the_manager_commits_it_and_seats_then_change_by_hand()
    {
        using var manager = await host.SignedInAsync("manager");
        var seatsBefore = await SeatsAsync("live");

        var shortOfJudges = await manager.GetAsync("/admin/rounds/live/panels?preview=final&k=2&cap=2");
        var preview = await manager.GetAsync("/admin/rounds/live/panels?preview=final&k=2&cap=3");
        var afterPreview = await SeatsAsync("live");
        var committed = await manager.SubmitAsync("/admin/rounds/live/panels", new Dictionary<string, string> { ["stage"] = "final", ["k"] = "2", ["cap"] = "3" }, action: "/admin/rounds/live/panels?handler=Commit");
        var afterCommit = await SeatsAsync("live");
        var conflicted = await manager.SubmitAsync("/admin/rounds/live/panels", new Dictionary<string, string>
        {
            ["stage"] = "final", ["judge"] = "j3", ["entry"] = "E1", ["seated"] = "true", ["reason"] = "补位",
        }, action: "/admin/rounds/live/panels?handler=Seat");
        var back = await manager.SubmitAsync("/admin/rounds/live/panels", new Dictionary<string, string> { ["stage"] = "final" }, action: "/admin/rounds/live/panels?handler=EveryJudge");

        shortOfJudges.Html.ShouldContain("凑不够评委");
        shortOfJudges.Html.ShouldNotContain("data-commit=");
        preview.Status.ShouldBe(HttpStatusCode.OK);
        preview.Html.ShouldContain("data-commit=\"final\"");
        preview.Html.ShouldContain("data-assignment-preview=\"final\"");
        seatsBefore.ShouldBe(0);
        afterPreview.ShouldBe(0);
        committed.Status.ShouldBe(HttpStatusCode.Redirect);
        afterCommit.ShouldBe(6);
        (await host.Web.WithServiceAsync<EvaluationsDbContext, bool>(db => db.Seats.AnyAsync(s => s.Judge == "j3" && (s.EntryCode == "E1" || s.EntryCode == "E2")))).ShouldBeFalse();
        conflicted.Status.ShouldBe(HttpStatusCode.Forbidden);
        conflicted.Html.ShouldContain("利益冲突");
        back.Status.ShouldBe(HttpStatusCode.Redirect);
        (await SeatsAsync("live")).ShouldBe(0);
    }

    [Fact]
    public async Task A_conflict_added_by_hand_keeps_the_judge_out_of_the_entry_at_once()
    {
        using var manager = await host.SignedInAsync("manager");
        using var judge = await host.SignedInAsync("j1");
        var before = await judge.GetAsync("/judging/closed/E1");

        var added = await manager.SubmitAsync("/admin/rounds/closed/conflicts", new Dictionary<string, string> { ["judge"] = "j1", ["entry"] = "E1", ["reason"] = "曾在该社区任职" }, action: "/admin/rounds/closed/conflicts?handler=Add");
        var after = await judge.GetAsync("/judging/closed/E1");
        var list = await manager.GetAsync("/admin/rounds/closed/conflicts");

        before.Status.ShouldBe(HttpStatusCode.OK);
        added.Status.ShouldBe(HttpStatusCode.Redirect);
        after.Status.ShouldBe(HttpStatusCode.Forbidden);
        list.Html.ShouldContain("data-conflict=\"j1/E1\" data-source=\"Added\"");
    }

    [Fact]
    public async Task The_verify_button_names_the_first_ledger_event_that_was_edited_in_the_database()
    {
        using var judge = await host.SignedInAsync("j1");
        using var auditor = await host.SignedInAsync("auditor");
        var seat = await host.Web.WithServiceAsync<EvaluationsDbContext, string>(db => db.Seats.Where(s => s.Judge == "j1").Select(s => s.EntryCode).SingleAsync());
        for (var i = 0; i < 2; i++)
        {
            var (status, _) = await EvaluationScreensHost.PostJsonAsync(judge, $"/judging/seated/{seat}", $"/judging/seated/{seat}?handler=Submit",
                [new("score.innovation", (30 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)), new("score.effect", "30"), new("score.spread", "15"), new("stage", "final"), new("idempotencyKey", $"ledger-{i}")]);
            status.ShouldBe(HttpStatusCode.OK);
        }

        var intact = await auditor.SubmitAsync("/admin/rounds/seated", new Dictionary<string, string>(), action: "/admin/rounds/seated?handler=Verify");
        var first = await host.Web.WithServiceAsync<EvaluationsDbContext, long>(async db =>
        {
            var row = await db.Ledger.Where(l => db.Rounds.Any(r => r.Id == l.RoundId && r.Code == "seated")).OrderBy(l => l.Sequence).FirstAsync();
            row.EventJson = row.EventJson.Replace("\"30\"", "\"40\"", StringComparison.Ordinal);
            await db.SaveChangesAsync();
            return row.Sequence;
        });
        var broken = await auditor.SubmitAsync("/admin/rounds/seated", new Dictionary<string, string>(), action: "/admin/rounds/seated?handler=Verify");

        intact.Html.ShouldContain("data-ledger=\"intact\"");
        broken.Status.ShouldBe(HttpStatusCode.OK);
        broken.Html.ShouldContain("data-ledger=\"broken\"");
        broken.Html.ShouldContain($"账本在事件 {first} 处断开");
    }

    [Fact]
    public async Task The_judges_screen_reads_in_english_too()
    {
        using var judge = await host.SignedInAsync("j2");

        var page = await judge.GetAsync("/judging/live/E3?culture=en");

        page.Html.ShouldContain("Scored version: brand version");
        page.Html.ShouldContain("0–40, step 0.5");
    }

    private Task<int> SeatsAsync(string round) =>
        host.Web.WithServiceAsync<EvaluationsDbContext, int>(db => db.Seats.CountAsync(s => db.Stages.Any(st => st.Id == s.StageId && db.Rounds.Any(r => r.Id == st.RoundId && r.Code == round))));
}
