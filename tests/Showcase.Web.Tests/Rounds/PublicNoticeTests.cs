using System.Net;
using System.Text.RegularExpressions;
using Shouldly;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Scoring.Export;

namespace Showcase.Web.Tests.Rounds;

/// <summary>
/// The public notice over HTTP: published rounds have a themed results page and the JSON they published (which
/// verifies); rounds before PUBLIC_NOTICE have neither; objections are lodged, dismissed and upheld; the round becomes FINAL.
/// </summary>
public sealed partial class PublicNoticeTests(RoundsHost host) : IClassFixture<RoundsHost>
{
    [Fact]
    public async Task A_final_round_has_a_themed_notice_with_its_ranking_digest_ledger_head_and_a_json_export_that_verifies()
    {
        using var visitor = host.Web.NewSession();
        var published = (await host.Web.WithServiceAsync<ResultsService, PublishedResults?>(r => r.PublishedAsync("2021-top10")))!;

        var page = await visitor.GetAsync("/rounds/2021-top10/results");
        using var json = await visitor.Client.GetAsync(new Uri("/rounds/2021-top10/results.json", UriKind.Relative));
        var body = await json.Content.ReadAsStringAsync();

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Layout.ShouldBe("red", "the site's public theme");
        RowPattern().Count(page.Html).ShouldBe(20, "one line per entry");
        page.Html.ShouldContain($"data-digest>{published.Digest}<");
        page.Html.ShouldContain($"data-ledger-hash>{published.LedgerHash}<");
        page.Html.ShouldContain("href=\"/rounds/2021-top10/results.json\"");
        page.Html.ShouldContain("showcase verify 2021-top10-results.json");
        page.Html.ShouldContain("notice-print.css\" media=\"print\"");
        page.Html.ShouldNotContain("<script", Case.Insensitive);
        page.Html.ShouldNotContain(" style=\"", Case.Insensitive);
        json.StatusCode.ShouldBe(HttpStatusCode.OK);
        json.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        body.ShouldBe(published.ExportJson, "the export exactly as published");
        var verification = ResultsVerification.Verify(body);
        verification.IsVerified.ShouldBeTrue(verification.ToString());
        verification.ToString().ShouldContain(published.Digest);
    }

    [Fact]
    public async Task A_round_before_its_public_notice_has_no_results_page_and_no_json()
    {
        using var visitor = host.Web.NewSession();

        var scoring = await visitor.GetAsync("/rounds/2022-top10/results");
        using var json = await visitor.Client.GetAsync(new Uri("/rounds/2022-top10/results.json", UriKind.Relative));
        var unknown = await visitor.GetAsync("/rounds/no-such-round/results");
        var objection = await visitor.GetAsync("/rounds/2021-top10/objection");

        scoring.Status.ShouldBe(HttpStatusCode.NotFound);
        scoring.Html.ShouldNotContain("data-digest");
        json.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
        objection.Status.ShouldBe(HttpStatusCode.NotFound, "a FINAL round takes no objections");
    }

    [Fact]
    public async Task The_rounds_list_and_the_sitemap_name_published_rounds_and_the_list_links_the_live_screen()
    {
        using var visitor = host.Web.NewSession();

        var list = await visitor.GetAsync("/rounds");
        var sitemap = await visitor.GetAsync("/sitemap.xml");

        list.Status.ShouldBe(HttpStatusCode.OK);
        list.Html.ShouldContain("href=\"/rounds/2021-top10/results\"");
        list.Html.ShouldContain("href=\"/rounds/2022-top10/live\"");
        list.Html.ShouldNotContain("href=\"/rounds/2022-top10/results\"");
        sitemap.Html.ShouldContain("/rounds</loc>");
        sitemap.Html.ShouldContain("/rounds/2021-top10/results</loc>");
        sitemap.Html.ShouldNotContain("/rounds/2022-top10");
        sitemap.Html.ShouldContain("/brands</loc>", customMessage: "the brands stay in the sitemap");
    }

    [Fact]
    public async Task An_objection_is_lodged_with_a_reference_dismissed_by_a_manager_and_the_round_becomes_final_after_the_notice_period()
    {
        await host.ApplyRecipeAsync(RoundsHost.NoticeRound("notice-a"));
        using var visitor = host.Web.NewSession();
        using var manager = await host.SignedInAsync("manager01");

        var notice = await visitor.GetAsync("/rounds/notice-a/results");
        var lodged = await visitor.SubmitAsync("/rounds/notice-a/objection", new Dictionary<string, string>
        {
            ["Input.Name"] = "张三", ["Input.Contact"] = "13800000000", ["Input.Text"] = "E2 的得分与现场情况不符，请复核。",
        });
        var received = await visitor.GetAsync(lodged.Location!);
        var reference = ReferencePattern().Match(received.Html).Groups[1].Value;
        var pending = await manager.GetAsync("/admin/rounds/notice-a/objections");
        var emptyReason = await manager.SubmitAsync("/admin/rounds/notice-a/objections", new Dictionary<string, string> { ["reference"] = reference, ["reason"] = " " }, "/admin/rounds/notice-a/objections?handler=Dismiss");
        var dismissed = await manager.SubmitAsync("/admin/rounds/notice-a/objections", new Dictionary<string, string> { ["reference"] = reference, ["reason"] = "经复核，评分无误。" }, "/admin/rounds/notice-a/objections?handler=Dismiss");
        var stillInNotice = await host.RoundAsync("notice-a");

        notice.Html.ShouldContain("href=\"/rounds/notice-a/objection\"");
        lodged.Status.ShouldBe(HttpStatusCode.Redirect);
        received.Status.ShouldBe(HttpStatusCode.OK);
        received.Layout.ShouldBe("red");
        reference.ShouldBe("notice-a-001");
        pending.Layout.ShouldBe("admin");
        pending.Html.ShouldContain("data-objection-state=\"Open\"");
        pending.Html.ShouldContain("E2 的得分与现场情况不符");
        pending.Html.ShouldContain("data-open-count>1<");
        emptyReason.Status.ShouldBe(HttpStatusCode.OK);
        emptyReason.Html.ShouldContain("data-objection-state=\"Open\"", customMessage: "no reason, nothing decided");
        dismissed.Status.ShouldBe(HttpStatusCode.Redirect);
        stillInNotice.State.ShouldBe(RoundState.PublicNotice, "the notice period is not over");

        // The notice period ends two seconds from now: the round's job makes it FINAL then, as no objection is open.
        // (A time already long past would wait for Quartz's misfire scan, up to a minute, rather than fire at once.)
        await host.Web.WithServiceAsync<RoundAdministration, bool>(async rounds =>
        {
            await rounds.SetScheduleAsync("manager01", "notice-a", new RoundSchedule(PublicNotice: DateTimeOffset.UtcNow.AddDays(-7).AddSeconds(2), NoticeDays: 7));
            return true;
        });
        var state = await WaitForStateAsync("notice-a", RoundState.Final);
        var admin = await manager.GetAsync("/admin/rounds/notice-a/objections");
        var final = await visitor.GetAsync("/rounds/notice-a/results");
        using var json = await visitor.Client.GetAsync(new Uri("/rounds/notice-a/results.json", UriKind.Relative));

        state.ShouldBe(RoundState.Final);
        admin.Html.ShouldContain("data-state=\"FINAL\"");
        admin.Html.ShouldContain("data-objection-state=\"Dismissed\"");
        admin.Html.ShouldContain("经复核，评分无误。");
        final.Html.ShouldContain("data-state=\"FINAL\"");
        final.Html.ShouldNotContain("href=\"/rounds/notice-a/objection\"");
        ResultsVerification.Verify(await json.Content.ReadAsStringAsync()).IsVerified.ShouldBeTrue();
    }

    [Fact]
    public async Task An_upheld_objection_reopens_the_stage_and_takes_the_results_off_the_public_pages()
    {
        await host.ApplyRecipeAsync(RoundsHost.NoticeRound("notice-b"));
        using var visitor = host.Web.NewSession();
        using var manager = await host.SignedInAsync("manager01");
        var lodged = await visitor.SubmitAsync("/rounds/notice-b/objection", new Dictionary<string, string>
        {
            ["Input.Name"] = "李四", ["Input.Contact"] = "lisi@example.org", ["Input.Text"] = "E3 的一位评委与该社区有利害关系。",
        });
        var reference = ReferencePattern().Match((await visitor.GetAsync(lodged.Location!)).Html).Groups[1].Value;

        var upheld = await manager.SubmitAsync("/admin/rounds/notice-b/objections", new Dictionary<string, string> { ["reference"] = reference, ["reason"] = "回避情况属实，重新评分。" }, "/admin/rounds/notice-b/objections?handler=Uphold");
        var round = await host.RoundAsync("notice-b");
        var page = await visitor.GetAsync("/rounds/notice-b/results");
        using var json = await visitor.Client.GetAsync(new Uri("/rounds/notice-b/results.json", UriKind.Relative));
        var admin = await manager.GetAsync("/admin/rounds/notice-b/objections");

        upheld.Status.ShouldBe(HttpStatusCode.Redirect);
        round.State.ShouldBe(RoundState.Scoring);
        round.OpenStage.ShouldBe("final");
        page.Status.ShouldBe(HttpStatusCode.NotFound);
        json.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        admin.Html.ShouldContain("data-objection-state=\"Upheld\"");
        admin.Html.ShouldContain("data-state=\"SCORING\"");
    }

    [Fact]
    public async Task Only_managers_reach_the_objections_page()
    {
        using var visitor = host.Web.NewSession();
        using var judge = await host.SignedInAsync("judge01");

        var anonymous = await visitor.GetAsync("/admin/rounds/2021-top10/objections");
        var asJudge = await judge.GetAsync("/admin/rounds/2021-top10/objections");

        anonymous.Status.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Location.ShouldNotBeNull().ShouldContain("/account/login");
        asJudge.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<RoundState> WaitForStateAsync(string code, RoundState wanted)
    {
        // The job runs on Quartz's threads: look until it has, for a bounded time.
        var round = await host.RoundAsync(code);
        for (var i = 0; i < 150 && round.State != wanted; i++)
        {
            await Task.Delay(200);
            round = await host.RoundAsync(code);
        }

        return round.State;
    }

    [GeneratedRegex("<tr data-entry=\"")]
    private static partial Regex RowPattern();

    [GeneratedRegex("data-reference>([^<]+)<")]
    private static partial Regex ReferencePattern();
}
