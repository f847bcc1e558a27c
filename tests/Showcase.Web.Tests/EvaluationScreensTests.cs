using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Models;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>
/// The judges', managers' and editors' screens over HTTP with real sign-in and antiforgery tokens: every bad scorecard
/// of the list is refused with a message naming what is wrong and nothing stored, and each role gets 403/404 on
/// what is not theirs.
/// </summary>
public sealed class EvaluationScreensTests(EvaluationScreensHost host) : IClassFixture<EvaluationScreensHost>
{
    private static readonly KeyValuePair<string, string>[] Good = [new("score.innovation", "36.5"), new("score.effect", "35"), new("score.spread", "18")];

    [Fact]
    public async Task A_judge_sees_the_scorecard_with_each_criterions_range_and_the_frozen_brand_version()
    {
        using var judge = await host.SignedInAsync("j1");

        var list = await judge.GetAsync("/judging");
        var card = await judge.GetAsync("/judging/live/E1");

        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Layout.ShouldBe("admin");
        list.Html.ShouldContain("href=\"/judging/live/E1\"");
        list.Html.ShouldContain("href=\"/judging/live/E3\"");
        card.Status.ShouldBe(HttpStatusCode.OK);
        card.Html.ShouldContain("name=\"score.innovation\"");
        card.Html.ShouldContain("max=\"40\" step=\"0.5\"");
        card.Html.ShouldContain("max=\"20\" step=\"0.5\"");
        card.Html.ShouldContain("理念和方法的新意");
        card.Html.ShouldContain("网格员现场处置群众问题");
        card.Html.ShouldContain("烟柳园社区");
        card.Html.ShouldContain("/_content/Showcase.Evaluations/judging.js");
        card.Html.ShouldNotContain("<script>");
        card.Html.ShouldNotContain("style=\"");
    }

    [Fact]
    public async Task A_conflicted_judge_reaches_neither_the_entry_nor_its_post_and_nothing_is_stored()
    {
        using var judge = await host.SignedInAsync("j3");
        var before = await host.StoredAsync("live");

        var list = await judge.GetAsync("/judging");
        var page = await judge.GetAsync("/judging/live/E1");
        var missing = await judge.GetAsync("/judging/live/E9");
        var post = await EvaluationScreensHost.PostJsonAsync(judge, "/judging/live/E3", "/judging/live/E1?handler=Submit", [.. Good, new("stage", "final"), new("idempotencyKey", "j3-e1")]);
        var draft = await EvaluationScreensHost.PostJsonAsync(judge, "/judging/live/E3", "/judging/live/E1?handler=Draft", [.. Good]);

        list.Html.ShouldContain("href=\"/judging/live/E3\"");
        list.Html.ShouldNotContain("href=\"/judging/live/E1\"");
        list.Html.ShouldNotContain("href=\"/judging/live/E2\"");
        page.Status.ShouldBe(HttpStatusCode.Forbidden);
        missing.Status.ShouldBe(HttpStatusCode.NotFound);
        post.Status.ShouldBe(HttpStatusCode.Forbidden);
        post.Json.GetProperty("reason").GetString().ShouldBe("CONFLICTED_JUDGE");
        post.Json.GetProperty("message").GetString()!.ShouldContain("利益冲突");
        draft.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await host.StoredAsync("live")).ShouldBe(before);
        (await DraftOfAsync("live", "E1", "j3")).ShouldBeNull();
    }

    [Theory]
    [InlineData("41", "ABOVE_MAXIMUM", "创新性", "41")]
    [InlineData("36.3", "OFF_STEP", "创新性", "36.3")]
    [InlineData("-1", "BELOW_ZERO", "创新性", "-1")]
    [InlineData("", "MISSING_CRITERION", "创新性", "0–40")]
    [InlineData("abc", "NOT_A_NUMBER", "创新性", "abc")]
    public async Task A_score_off_its_range_or_step_or_missing_is_refused_naming_the_criterion_and_nothing_is_stored(string innovation, string reason, string names, string value)
    {
        using var judge = await host.SignedInAsync("j2");
        var before = await host.StoredAsync("live");

        var (status, json) = await EvaluationScreensHost.PostJsonAsync(judge, "/judging/live/E2", "/judging/live/E2?handler=Submit",
            [new("score.innovation", innovation), new("score.effect", "35"), new("score.spread", "18"), new("stage", "final"), new("idempotencyKey", "bad-" + reason)]);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        json.GetProperty("reason").GetString().ShouldBe(reason);
        json.GetProperty("criterion").GetString().ShouldBe("innovation");
        json.GetProperty("message").GetString()!.ShouldContain(names);
        json.GetProperty("message").GetString()!.ShouldContain(value);
        (await host.StoredAsync("live")).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_criterion_is_refused_by_name_and_nothing_is_stored()
    {
        using var judge = await host.SignedInAsync("j2");
        var before = await host.StoredAsync("live");

        var (status, json) = await EvaluationScreensHost.PostJsonAsync(judge, "/judging/live/E2", "/judging/live/E2?handler=Submit",
            [.. Good, new("score.bogus", "3"), new("stage", "final"), new("idempotencyKey", "unknown-criterion")]);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        json.GetProperty("reason").GetString().ShouldBe("UNKNOWN_CRITERION");
        json.GetProperty("message").GetString()!.ShouldContain("bogus");
        (await host.StoredAsync("live")).ShouldBe(before);
    }

    [Fact]
    public async Task A_stage_that_is_not_open_refuses_the_scorecard_and_stores_nothing()
    {
        using var judge = await host.SignedInAsync("j1");
        var before = await host.StoredAsync("closed");

        var page = await judge.GetAsync("/judging/closed/E1");
        var (status, json) = await EvaluationScreensHost.PostJsonAsync(judge, "/judging/closed/E1", "/judging/closed/E1?handler=Submit", [.. Good, new("stage", "final"), new("idempotencyKey", "closed-1")]);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Html.ShouldContain("不开放评分");
        page.Html.ShouldNotContain("data-text-amend");
        status.ShouldBe(HttpStatusCode.Conflict);
        json.GetProperty("reason").GetString().ShouldBe("STAGE_NOT_OPEN");
        json.GetProperty("message").GetString()!.ShouldContain("final");
        (await host.StoredAsync("closed")).ShouldBe(before);
    }

    [Fact]
    public async Task An_entry_not_on_the_judges_panel_is_refused_on_every_path_and_nothing_is_stored()
    {
        var seated = await host.Web.WithServiceAsync<EvaluationsDbContext, string>(db =>
            db.Seats.Where(s => s.Judge == "j1").Select(s => s.EntryCode).SingleAsync());
        var other = seated == "E1" ? "E2" : "E1";
        using var judge = await host.SignedInAsync("j1");
        var before = await host.StoredAsync("seated");

        var list = await judge.GetAsync("/judging");
        var page = await judge.GetAsync($"/judging/seated/{other}");
        var (status, json) = await EvaluationScreensHost.PostJsonAsync(judge, $"/judging/seated/{seated}", $"/judging/seated/{other}?handler=Submit", [.. Good, new("stage", "final"), new("idempotencyKey", "unseated-1")]);

        list.Html.ShouldContain($"href=\"/judging/seated/{seated}\"");
        list.Html.ShouldNotContain($"href=\"/judging/seated/{other}\"");
        page.Status.ShouldBe(HttpStatusCode.Forbidden);
        status.ShouldBe(HttpStatusCode.Forbidden);
        json.GetProperty("reason").GetString().ShouldBe("NOT_ASSIGNED");
        json.GetProperty("message").GetString()!.ShouldContain("没有分配给您");
        (await host.StoredAsync("seated")).ShouldBe(before);
    }

    [Fact]
    public async Task A_retry_with_the_same_key_stores_once_and_the_same_key_with_other_scores_is_refused()
    {
        using var judge = await host.SignedInAsync("j1");
        var before = await host.StoredAsync("live");
        KeyValuePair<string, string>[] fields = [.. Good, new("stage", "final"), new("idempotencyKey", "retry-key-e3")];

        var first = await EvaluationScreensHost.PostJsonAsync(judge, "/judging/live/E3", "/judging/live/E3?handler=Submit", fields);
        var again = await EvaluationScreensHost.PostJsonAsync(judge, "/judging/live/E3", "/judging/live/E3?handler=Submit", fields);
        var other = await EvaluationScreensHost.PostJsonAsync(judge, "/judging/live/E3", "/judging/live/E3?handler=Submit",
            [new("score.innovation", "30"), new("score.effect", "35"), new("score.spread", "18"), new("stage", "final"), new("idempotencyKey", "retry-key-e3")]);

        first.Status.ShouldBe(HttpStatusCode.OK);
        first.Json.GetProperty("outcome").GetString().ShouldBe("stored");
        again.Status.ShouldBe(HttpStatusCode.OK);
        again.Json.GetProperty("outcome").GetString().ShouldBe("replayed");
        other.Status.ShouldBe(HttpStatusCode.Conflict);
        other.Json.GetProperty("reason").GetString().ShouldBe("IDEMPOTENCY_KEY_REUSED");
        other.Json.GetProperty("detail").GetString()!.ShouldContain("retry-key-e3");
        var after = await host.StoredAsync("live");
        after.Ledger.ShouldBe(before.Ledger + 1);
        after.Receipts.ShouldBe(before.Receipts + 1);
        ((await SubmittedOfAsync("live", "E3", "j1")) ?? "").ShouldContain("\"innovation\":\"36.5\"");
    }

    [Fact]
    public async Task Without_script_the_form_posts_redirect_after_storing_and_show_a_refusal_beside_its_field()
    {
        using var judge = await host.SignedInAsync("j2");

        var bad = await judge.SubmitAsync("/judging/live/E3", new Dictionary<string, string>
        {
            ["score.innovation"] = "36.5", ["score.effect"] = "45", ["score.spread"] = "18", ["stage"] = "final", ["idempotencyKey"] = "plain-bad",
        }, action: "/judging/live/E3?handler=Submit");
        var draft = await judge.SubmitAsync("/judging/live/E3", new Dictionary<string, string> { ["score.innovation"] = "30" }, action: "/judging/live/E3?handler=Draft");
        var reopened = await judge.GetAsync("/judging/live/E3");
        var good = await judge.SubmitAsync("/judging/live/E3", new Dictionary<string, string>
        {
            ["score.innovation"] = "36.5", ["score.effect"] = "35", ["score.spread"] = "18", ["stage"] = "final", ["idempotencyKey"] = "plain-good",
        }, action: "/judging/live/E3?handler=Submit");
        var after = await judge.GetAsync("/judging/live/E3");

        bad.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        bad.Html.ShouldContain("「实效性」填了 45，超过最高分 40");
        bad.Html.ShouldContain("data-problem=\"effect\"");
        bad.Html.ShouldContain("value=\"45\"");
        draft.Status.ShouldBe(HttpStatusCode.Redirect);
        reopened.Html.ShouldContain("value=\"30\"");
        good.Status.ShouldBe(HttpStatusCode.Redirect);
        good.Location.ShouldBe("/judging/live/E3");
        after.Html.ShouldContain("评分已提交（第 1 版");
        after.Html.ShouldContain("提交修改");
    }

    [Fact]
    public async Task A_judge_declares_a_conflict_on_the_entrys_page_and_then_cannot_reach_it()
    {
        using var judge = await host.SignedInAsync("j2");

        var declared = await judge.SubmitAsync("/judging/live/E1", new Dictionary<string, string> { ["reason"] = "亲属在该社区工作" }, action: "/judging/live/E1?handler=Declare");
        var page = await judge.GetAsync("/judging/live/E1");
        var source = await host.Web.WithServiceAsync<EvaluationsDbContext, ConflictSource>(db =>
            db.Conflicts.Where(c => c.Judge == "j2" && c.EntryCode == "E1").Select(c => c.Source).SingleAsync());

        declared.Status.ShouldBe(HttpStatusCode.Redirect);
        declared.Location.ShouldBe("/judging");
        page.Status.ShouldBe(HttpStatusCode.Forbidden);
        source.ShouldBe(ConflictSource.Declared);
    }

    [Theory]
    [InlineData("editor-yly", "/judging", HttpStatusCode.Forbidden)]
    [InlineData("editor-yly", "/judging/live/E1", HttpStatusCode.Forbidden)]
    [InlineData("editor-yly", "/admin/rounds", HttpStatusCode.Forbidden)]
    [InlineData("editor-yly", "/admin/rounds/live", HttpStatusCode.Forbidden)]
    [InlineData("j1", "/admin/rounds", HttpStatusCode.Forbidden)]
    [InlineData("j1", "/admin/rounds/live/results", HttpStatusCode.Forbidden)]
    [InlineData("j1", "/admin/applications", HttpStatusCode.Forbidden)]
    [InlineData("j1", "/admin/rounds/live/results?handler=workbook", HttpStatusCode.Forbidden)]
    [InlineData("j1", "/admin/rounds/live/results?handler=json", HttpStatusCode.Forbidden)]
    [InlineData("auditor", "/admin/rounds/live/results?handler=csv", HttpStatusCode.OK)]
    [InlineData("manager", "/admin/rounds/nope/results?handler=workbook", HttpStatusCode.NotFound)]
    [InlineData("auditor", "/admin/rounds/live", HttpStatusCode.OK)]
    [InlineData("auditor", "/admin/rounds/live/results", HttpStatusCode.OK)]
    [InlineData("auditor", "/judging", HttpStatusCode.Forbidden)]
    [InlineData("auditor", "/admin/applications", HttpStatusCode.Forbidden)]
    [InlineData("manager", "/admin/rounds/nope", HttpStatusCode.NotFound)]
    [InlineData("manager", "/admin/rounds/nope/entries", HttpStatusCode.NotFound)]
    [InlineData("manager", "/judging/live/E1", HttpStatusCode.Forbidden)]
    [InlineData("manager", "/admin/rounds/live/panels", HttpStatusCode.OK)]
    public async Task Each_role_reaches_only_its_own_screens(string user, string path, HttpStatusCode expected)
    {
        using var session = await host.SignedInAsync(user);

        var page = await session.GetAsync(path);

        page.Status.ShouldBe(expected);
    }

    [Fact]
    public async Task A_manager_downloads_the_results_as_a_workbook_csv_and_the_json_that_verify_recomputes()
    {
        using var manager = await host.SignedInAsync("manager");

        var workbook = await manager.Client.GetAsync("/admin/rounds/live/results?handler=workbook");
        var csv = await manager.Client.GetAsync("/admin/rounds/live/results?handler=csv");
        var json = await manager.Client.GetAsync("/admin/rounds/live/results?handler=json");
        var page = await manager.GetAsync("/admin/rounds/live/results");

        workbook.StatusCode.ShouldBe(HttpStatusCode.OK);
        workbook.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        workbook.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith("live-results-r");
        (await workbook.Content.ReadAsByteArrayAsync()).Take(2).ShouldBe("PK"u8.ToArray());
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await csv.Content.ReadAsStringAsync()).ShouldContain("E1");
        Showcase.Scoring.Export.ResultsVerification.Verify(await json.Content.ReadAsStringAsync()).IsVerified.ShouldBeTrue();
        page.Html.ShouldContain("href=\"/admin/rounds/live/results?handler=workbook\"");
    }

    [Fact]
    public async Task An_auditor_reads_the_round_but_cannot_move_it_and_a_manager_must_give_a_reason()
    {
        using var auditor = await host.SignedInAsync("auditor");
        using var manager = await host.SignedInAsync("manager");

        var denied = await auditor.SubmitAsync("/admin/rounds/live", new Dictionary<string, string> { ["to"] = "CLOSED", ["reason"] = "x" }, action: "/admin/rounds/live?handler=Move");
        var verify = await auditor.SubmitAsync("/admin/rounds/live", new Dictionary<string, string>(), action: "/admin/rounds/live?handler=Verify");
        var noReason = await manager.SubmitAsync("/admin/rounds/live", new Dictionary<string, string> { ["to"] = "CLOSED", ["reason"] = "" }, action: "/admin/rounds/live?handler=Move");
        var state = await host.Web.WithServiceAsync<EvaluationsDbContext, RoundState>(db => db.Rounds.Where(r => r.Code == "live").Select(r => r.State).SingleAsync());

        denied.Status.ShouldBe(HttpStatusCode.Forbidden);
        verify.Status.ShouldBe(HttpStatusCode.OK);
        verify.Html.ShouldContain("data-ledger=\"intact\"");
        noReason.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        noReason.Html.ShouldContain("请填写理由");
        state.ShouldBe(RoundState.Scoring);
    }

    [Fact]
    public async Task An_editor_enters_their_own_communitys_brand_once_and_sees_its_state()
    {
        using var editor = await host.SignedInAsync("editor-yly");

        var form = await editor.GetAsync("/admin/applications");
        var applied = await editor.SubmitAsync("/admin/applications", new Dictionary<string, string> { ["round"] = "open", ["brand"] = "B4" }, action: "/admin/applications?handler=Apply");
        var twice = await editor.SubmitAsync("/admin/applications", new Dictionary<string, string> { ["round"] = "open", ["brand"] = "B4" }, action: "/admin/applications?handler=Apply");
        var foreign = await editor.SubmitAsync("/admin/applications", new Dictionary<string, string> { ["round"] = "open", ["brand"] = "B2" }, action: "/admin/applications?handler=Apply");
        var list = await editor.GetAsync("/admin/applications");

        form.Html.ShouldContain("<option value=\"B4\">");
        form.Html.ShouldNotContain("<option value=\"B2\">");
        applied.Status.ShouldBe(HttpStatusCode.Redirect);
        twice.Status.ShouldBe(HttpStatusCode.Conflict);
        twice.Html.ShouldContain("每轮一次");
        foreign.Status.ShouldBe(HttpStatusCode.Forbidden);
        list.Html.ShouldContain("data-application=\"open/E01\" data-status=\"Applied\"");
        (await host.Web.WithServiceAsync<EvaluationsDbContext, int>(db => db.Entries.CountAsync(e => e.BrandCode == "B4"))).ShouldBe(1);
    }

    [Fact]
    public async Task Blind_mode_hides_the_community_the_district_and_the_brands_identifying_fields_from_judges()
    {
        using var manager = await host.SignedInAsync("manager");
        using var judge = await host.SignedInAsync("j1");

        var saved = await manager.SubmitAsync("/admin/rounds/seated", new Dictionary<string, string> { ["blindMode"] = "true" }, action: "/admin/rounds/seated?handler=Options");
        var entry = await host.Web.WithServiceAsync<EvaluationsDbContext, string>(db => db.Seats.Where(s => s.Judge == "j1").Select(s => s.EntryCode).SingleAsync());
        var list = await judge.GetAsync("/judging");
        var card = await judge.GetAsync($"/judging/seated/{entry}");

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        card.Status.ShouldBe(HttpStatusCode.OK);
        foreach (var hidden in new[] { "新街微光", "秋浦夜话", "新街社区", "秋浦社区", "东至县", "贵池区", ">B3<", ">B2<" })
        {
            card.Html.ShouldNotContain(hidden);
        }

        card.Html.ShouldContain("匿名评审");
        list.Html.ShouldContain("匿名评审");
    }

    private Task<string?> DraftOfAsync(string round, string entry, string judge) =>
        host.Web.WithServiceAsync<EvaluationsDbContext, string?>(db => db.Scorecards
            .Where(c => db.Rounds.Any(r => r.Id == c.RoundId && r.Code == round) && c.EntryCode == entry && c.Judge == judge)
            .Select(c => c.DraftJson).FirstOrDefaultAsync());

    private Task<string?> SubmittedOfAsync(string round, string entry, string judge) =>
        host.Web.WithServiceAsync<EvaluationsDbContext, string?>(db => db.Scorecards
            .Where(c => db.Rounds.Any(r => r.Id == c.RoundId && r.Code == round) && c.EntryCode == entry && c.Judge == judge)
            .Select(c => c.SubmittedJson).FirstOrDefaultAsync());
}
