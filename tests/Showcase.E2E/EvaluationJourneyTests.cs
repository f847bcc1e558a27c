using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Shouldly;
using Xunit.Abstractions;

namespace Showcase.E2E;

/// <summary>
/// The evaluation screens in real Chromium: an editor applies, a manager accepts and opens scoring, two judges score in
/// two browser contexts (one of them losing the network mid-scorecard), a conflicted judge is kept out, the manager
/// closes the round and records the boundary decision; screenshots at the tablet sizes; axe-core on every screen.
/// </summary>
public sealed class EvaluationJourneyTests(EvaluationJourneyFixture fixture, ITestOutputHelper output) : IClassFixture<EvaluationJourneyFixture>, IDisposable
{
    private readonly HostTranscript _transcript = new(fixture.Host, output);

    private const string Round = "/admin/rounds/e2e";

    [SkippableFact]
    public async Task A_round_goes_from_an_editors_application_to_a_recorded_boundary_decision()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);

        // The editor enters the community's second brand.
        var editor = await fixture.SignedInAsync("editor");
        await editor.GotoAsync("/admin/applications");
        await editor.SelectOptionAsync("form[data-apply='e2e'] select[name='brand']", "B4");
        await editor.ClickAsync("form[data-apply='e2e'] button[type=submit]");
        await editor.WaitForSelectorAsync("tr[data-application='e2e/E04'][data-status='Applied']");

        // The manager accepts it and opens scoring, with a reason.
        var manager = await fixture.SignedInAsync("manager");
        await manager.GotoAsync(Round + "/entries");
        await manager.ClickAsync("button[data-accept='E04']");
        await manager.WaitForSelectorAsync("tr[data-entry='E04'][data-status='Accepted']");
        await MoveAsync(manager, "SCORING", "评审会开始");

        // Judge one, on a tablet held in landscape, scores E04.
        var one = await fixture.SignedInAsync("j1", 1180, 820);
        await one.GotoAsync("/judging");
        await one.ClickAsync("a[data-entry='E04']");
        await one.WaitForPageAsync("**/judging/e2e/E04");
        (await one.GetAttributeAsync("#score-innovation", "max")).ShouldBe("40");
        (await one.GetAttributeAsync("#score-innovation", "step")).ShouldBe("0.5");
        (await one.TextContentAsync(".frozen-brand") ?? "").ShouldContain("党员先锋岗每日巡查");
        await one.FillAsync("#score-innovation", "25");
        await one.FillAsync("#score-effect", "25");
        await one.FillAsync("#score-spread", "12.5");
        await one.Locator("[data-total]").Filter(new LocatorFilterOptions { HasText = "62.5" }).WaitForAsync();
        await ShotAsync(one, "evaluations-judge-scorecard-landscape-entering");
        await one.ClickAsync("button[data-submit]");
        await one.WaitForSelectorAsync("#scorecard-status [data-state='saved']");
        await ShotAsync(one, "evaluations-judge-scorecard-landscape-submitted");

        // Judge two, in another browser context, loses the network mid-scorecard and goes on entering.
        var ledgerBefore = await fixture.CountAsync("SELECT COUNT(*) FROM Eval_Ledger");
        var two = await fixture.SignedInAsync("j2", 1180, 820);
        await two.GotoAsync("/judging/e2e/E04");
        await two.FillAsync("#score-innovation", "30");
        await two.WaitForSelectorAsync("#scorecard-status [data-state='draft']");
        await two.Context.SetOfflineAsync(true);
        await two.FillAsync("#score-effect", "28");
        await two.FillAsync("#score-spread", "14");
        await two.ClickAsync("button[data-submit]");
        await two.WaitForSelectorAsync("#scorecard-status [data-state='waiting']");
        (await two.TextContentAsync("#scorecard-status") ?? "").ShouldContain("网络中断");
        await ShotAsync(two, "evaluations-judge-scorecard-offline");
        (await fixture.CountAsync("SELECT COUNT(*) FROM Eval_Scorecards WHERE Judge = 'j2' AND SubmittedJson IS NOT NULL")).ShouldBe(0);
        await two.ClickAsync("button[data-submit]");
        await two.Context.SetOfflineAsync(false);
        await two.WaitForSelectorAsync("#scorecard-status [data-state='saved']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        (await fixture.CountAsync("SELECT COUNT(*) FROM Eval_Ledger")).ShouldBe(ledgerBefore + 1);
        (await fixture.CountAsync("SELECT COUNT(*) FROM Eval_Receipts WHERE Judge = 'j2'")).ShouldBe(1);
        (await fixture.CountAsync("SELECT Revision FROM Eval_Scorecards WHERE Judge = 'j2' AND EntryCode = 'E04'")).ShouldBe(1);
        await two.ReloadAsync();
        (await two.TextContentAsync("#scorecard-status") ?? "").ShouldContain("第 1 版");
        (await two.InputValueAsync("#score-effect")).ShouldBe("28");

        // Judge three's unit holds E01's and E04's community: neither is listed, neither opens by URL.
        var three = await fixture.SignedInAsync("j3");
        await three.GotoAsync("/judging");
        (await three.Locator("a[data-entry='E02']").CountAsync()).ShouldBe(1);
        (await three.Locator("a[data-entry='E04']").CountAsync()).ShouldBe(0);
        (await three.Locator("a[data-entry='E01']").CountAsync()).ShouldBe(0);
        (await three.GotoAsync("/judging/e2e/E04"))!.Status.ShouldBe(403);
        (await three.GotoAsync("/judging/e2e/E01"))!.Status.ShouldBe(403);

        // The manager closes the round: the tie at the TOP2 edge blocks finalising until a decision is recorded.
        await MoveAsync(manager, "CLOSED", "评分结束");
        await manager.WaitForSelectorAsync("[data-tie='TOP2']");
        (await manager.TextContentAsync("[data-tie='TOP2']") ?? "").ShouldContain("E02");
        (await manager.GetAttributeAsync("[data-final-blocker]", "data-final-blocker")).ShouldBe("blocked");
        await manager.FillAsync("#order-TOP2", "E03, E02");
        await manager.FillAsync("#reason-TOP2", "评审组复议投票");
        await manager.ClickAsync("[data-tie='TOP2'] button[type=submit]");
        await manager.WaitForSelectorAsync("[data-final-blocker='none']");
        (await manager.TextContentAsync("[data-tie='TOP2']") ?? "").ShouldContain("E03 > E02");
        await manager.ClickAsync("button[data-verify-ledger]");
        await manager.WaitForSelectorAsync("[data-ledger='intact']");
        await ShotAsync(manager, "evaluations-manager-round");
        await manager.GotoAsync(Round + "/results");
        await ShotAsync(manager, "evaluations-manager-results");
    }

    [SkippableFact]
    public async Task The_judge_screen_fits_a_tablet_either_way_round_and_a_phone()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);

        foreach (var (width, height) in new[] { (1180, 820), (820, 1180), (390, 844) })
        {
            var judge = await fixture.SignedInAsync("j4", width, height);
            await judge.GotoAsync("/judging");
            await ShotAsync(judge, $"evaluations-judge-list-{width}x{height}");
            await judge.GotoAsync("/judging/e2e/E02");
            var overflow = await judge.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
            overflow.ShouldBeFalse($"the scorecard scrolls sideways at {width}×{height}");
            var input = await judge.Locator("#score-innovation").BoundingBoxAsync();
            input!.Height.ShouldBeGreaterThanOrEqualTo(44, "a score field is big enough to tap");
            await ShotAsync(judge, $"evaluations-judge-scorecard-{width}x{height}");
            await judge.Context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task No_evaluation_screen_has_a_serious_or_critical_accessibility_violation()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);

        var screens = new (string User, string Path)[]
        {
            ("manager", "/admin/rounds"), ("manager", Round), ("manager", Round + "/definition"), ("manager", Round + "/entries"),
            ("manager", Round + "/panels"), ("manager", Round + "/panels?preview=final&k=2&cap=3"), ("manager", Round + "/conflicts"),
            ("manager", Round + "/results"), ("editor", "/admin/applications"), ("j5", "/judging"), ("j5", "/judging/e2e/E03"),
        };
        var problems = new List<string>();
        var pages = new Dictionary<string, IPage>();
        foreach (var (user, path) in screens)
        {
            if (!pages.TryGetValue(user, out var page))
            {
                pages[user] = page = await fixture.SignedInAsync(user);
            }

            (await page.GotoAsync(path))!.Ok.ShouldBeTrue(path);
            var result = await page.RunAxe();
            var name = "evaluations-screen-" + string.Concat(path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
            await ShotAsync(page, name);
            // The same screen on a tablet and a phone, for the eye: the pages are judged by looking at them.
            foreach (var width in (int[])[820, 390])
            {
                await page.SetViewportSizeAsync(width, 900);
                await ShotAsync(page, $"{name}-{width}");
            }

            await page.SetViewportSizeAsync(1280, 900);
            problems.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
        }

        // A draft's definition is a form (criteria as table rows): made here, so that axe sees it editable.
        var manager = pages["manager"];
        await manager.GotoAsync("/admin/rounds");
        await manager.FillAsync("#NewCode", "axe-draft");
        await manager.FillAsync("#NewTitle", "无障碍检查用草稿");
        await manager.ClickAsync("form[action*='handler=Create'] button[type=submit]");
        await manager.WaitForPageAsync("**/admin/rounds/axe-draft/definition");
        (await manager.Locator("input[name='criteria[0].Key']").CountAsync()).ShouldBe(1);
        var draft = await manager.RunAxe();
        await ShotAsync(manager, "evaluations-screen-admin-rounds-draft-definition");
        problems.AddRange(draft.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"draft definition: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    private static async Task MoveAsync(IPage manager, string state, string reason)
    {
        await manager.GotoAsync(Round);
        await manager.SelectOptionAsync("#move-to", state);
        await manager.FillAsync("#move-reason", reason);
        await manager.ClickAsync("button[data-move]");
        await manager.WaitForSelectorAsync($"[data-round-state='{state}']");
    }

    private static Task<byte[]> ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(EvaluationJourneyFixture.ScreenshotDir, name + ".png"), FullPage = true });

    public void Dispose() => _transcript.Dispose();
}
