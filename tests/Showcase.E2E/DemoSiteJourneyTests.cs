using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Shouldly;
using Showcase.Testing;
using Xunit.Abstractions;

namespace Showcase.E2E;

/// <summary>
/// One real Showcase process with the demo data (the Red Leadership programme and its 33 sites), a manager, a
/// site editor, a site whose pages carry script injection attempts, and real Chromium.
/// </summary>
public sealed class DemoSiteJourneyFixture : IAsyncLifetime
{
    public const string Password = "sites-journey-pass-2026";

    public ShowcaseProcess Host { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDir { get; } = Path.Combine(ShowcaseProcess.RepositoryRoot, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!BrowserHost.HasChromium)
        {
            return;
        }

        Host = await ShowcaseProcess.StartAsync(HostTranscript.HostSettings());
        var recipe = Path.Combine(Host.DataDir, "sites-journey.recipe.json");
        var pages = XssPayloads.All.Select((payload, i) => new Dictionary<string, object>
        {
            ["slug"] = $"x{i}",
            ["title"] = payload.Length > 60 ? payload[..60] : payload,
            ["body"] = payload + "\n\n" + string.Join("\n\n", XssPayloads.All),
        }).Take(12).ToList();
        var xssSite = new Dictionary<string, object>
        {
            ["slug"] = "xss-site", ["title"] = "<script>window.__xss=1</script>示范点", ["kind"] = "pilot-point", ["unit"] = "GC-QP-CW",
            ["theme"] = "Showcase.Themes.Celadon", ["summary"] = "\"><svg onload=window.__xss=1>", ["contact"] = "<img src=x onerror=window.__xss=1>",
            ["illustrative"] = true, ["pages"] = pages,
        };
        await File.WriteAllTextAsync(recipe, $$"""
            { "name": "sites-journey", "steps": [
              { "step": "users", "users": [
                { "userName": "site-manager", "displayName": "项目经理", "roles": ["ProgramManager"], "passwordFromEnv": "JOURNEY_PASSWORD" },
                { "userName": "site-editor", "displayName": "站点编辑", "roles": ["CommunityEditor"], "passwordFromEnv": "JOURNEY_PASSWORD" } ] },
              { "step": "programmes", "programmes": [ { "code": "HSYL", "sites": [ {{JsonSerializer.Serialize(xssSite)}} ] } ] } ] }
            """);
        var (exit, output) = await ShowcaseProcess.RunVerbAsync(Host.DataDir, ["recipe", recipe], environment: new Dictionary<string, string> { ["JOURNEY_PASSWORD"] = Password });
        exit.ShouldBe(0, output);

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserHost.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    public async Task<IPage> NewPageAsync(string? userName = null, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.WebUrl.ToString(), Locale = "zh-CN", ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // CI runs this beside the other test projects on two cores: a page may wait longer than Playwright's 30 s.
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        if (userName is not null)
        {
            await page.GotoAsync("/account/login");
            await page.FillAsync("input[name='Input.UserName']", userName);
            await page.FillAsync("input[name='Input.Password']", Password);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForPageAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        }

        return page;
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}

public sealed class DemoSiteJourneyTests(DemoSiteJourneyFixture fixture, ITestOutputHelper output) : IClassFixture<DemoSiteJourneyFixture>, IDisposable
{
    private readonly HostTranscript _transcript = new(fixture.Host, output);

    [SkippableFact]
    public async Task A_manager_makes_an_ink_street_from_its_template_an_editor_writes_it_and_visitors_find_it_in_its_own_theme()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);

        // The manager creates a pilot street from its template in Ink and makes the editor its site editor.
        var manager = await fixture.NewPageAsync("site-manager");
        await manager.GotoAsync("/admin/sites/new");
        await manager.SelectOptionAsync("#Input_Template", "pilot-street");
        await manager.FillAsync("#Input_Slug", "jiangkou-street");
        await manager.FillAsync("#Input_Title", "江口滨江示范街");
        await manager.SelectOptionAsync("#Input_Programme", "HSYL");
        await manager.SelectOptionAsync("#Input_UnitCode", "GC-JK");
        await manager.SelectOptionAsync("#Input_Theme", "Showcase.Themes.Ink");
        await manager.ClickAsync("form.ds-form button[type=submit]");
        await manager.WaitForPageAsync("**/admin/sites/jiangkou-street");
        (await manager.Locator("tr[data-page]").CountAsync()).ShouldBe(4);
        await manager.FillAsync("#EditorName", "site-editor");
        await manager.ClickAsync("form.ds-add-editor button[type=submit]");
        await manager.WaitForPageAsync("**/admin/sites/jiangkou-street");
        (await manager.Locator("[data-editor='site-editor']").CountAsync()).ShouldBe(1);
        await DemoSiteJourneyFixture.ShotAsync(manager, "sites-admin-site");

        // The editor edits the about page, adds a page and submits both.
        var editor = await fixture.NewPageAsync("site-editor");
        await editor.GotoAsync("/admin/sites");
        (await editor.Locator("tr[data-site]").CountAsync()).ShouldBe(1, "an editor sees their own site only");
        await editor.GotoAsync("/admin/sites/jiangkou-street/pages/about");
        await editor.FillAsync("#Input_Body", "## 江口滨江示范街\n\n沿江的商户结成党建联盟，把**滨江步道**变成了便民服务带。");
        await editor.ClickAsync("form.ds-page-form button[value=submit]");
        await editor.WaitForPageAsync("**/admin/sites/jiangkou-street/pages/about");
        (await editor.TextContentAsync(".page-status") ?? "").ShouldContain("待审核");
        await editor.GotoAsync("/admin/sites/jiangkou-street/pages/new");
        await editor.FillAsync("#Input_Slug", "ferry");
        await editor.FillAsync("#Input_Title", "古渡新貌");
        await editor.FillAsync("#Input_Body", "## 古渡新貌\n\n老码头修缮后成了党员志愿者的服务点，每逢周末为游客讲述江口古渡的故事。");
        await editor.ClickAsync("form.ds-page-form button[value=submit]");
        await editor.WaitForPageAsync("**/admin/sites/jiangkou-street/pages/ferry");
        (await editor.Locator("form[action*='handler=Approve']").CountAsync()).ShouldBe(0, "an editor does not publish");
        await DemoSiteJourneyFixture.ShotAsync(editor, "sites-admin-page");

        // The manager publishes both pages and the site.
        foreach (var page in new[] { "about", "ferry" })
        {
            await manager.GotoAsync($"/admin/sites/jiangkou-street/pages/{page}");
            await manager.ClickAsync("form[action*='handler=Approve'] button[type=submit]");
            await manager.WaitForPageAsync($"**/admin/sites/jiangkou-street/pages/{page}");
            (await manager.TextContentAsync(".page-status") ?? "").ShouldContain("已发布");
        }

        await manager.GotoAsync("/admin/sites/jiangkou-street");
        await manager.ClickAsync("form[action*='handler=Publish'] button[type=submit]");
        await manager.WaitForPageAsync("**/admin/sites/jiangkou-street");
        await manager.GotoAsync("/admin/sites/jiangkou-street/pages/about/diff?from=1&to=4");
        (await manager.Locator("dl.diff ins").First.TextContentAsync() ?? "").ShouldNotBeEmpty();

        // A visitor sees the site in Ink with its own navigation, while another site shows Celadon at the same moment.
        var visitor = await fixture.NewPageAsync();
        (await visitor.GotoAsync("/sites/jiangkou-street"))!.Ok.ShouldBeTrue();
        (await visitor.Locator("body").GetAttributeAsync("data-layout")).ShouldBe("ink");
        var nav = await visitor.Locator(".ds-site__nav").TextContentAsync() ?? "";
        nav.ShouldContain("简介");
        nav.ShouldContain("古渡新貌");
        nav.ShouldNotContain("商户联盟", customMessage: "draft starter pages are not in the navigation");
        (await visitor.Locator(".ds-site__title").TextContentAsync() ?? "").ShouldContain("江口滨江示范街");
        (await visitor.Locator(".ds-site__back a[href='/']").CountAsync()).ShouldBe(1, "a way back to the main showcase");
        await visitor.ClickAsync(".ds-site__nav a:has-text('古渡新貌')");
        await visitor.WaitForPageAsync("**/sites/jiangkou-street/ferry");
        (await visitor.Locator("h1").TextContentAsync()).ShouldBe("古渡新貌");
        var other = await fixture.NewPageAsync();
        (await other.GotoAsync("/sites/jiuhua-street"))!.Ok.ShouldBeTrue();
        (await other.Locator("body").GetAttributeAsync("data-layout")).ShouldBe("celadon");
        (await visitor.GotoAsync("/sites/jiangkou-street/merchants"))!.Status.ShouldBe(404);

        // Search finds the new page by a Chinese word (the index is updated after the commit, so it may take a moment).
        var found = false;
        for (var attempt = 0; attempt < 30 && !found; attempt++)
        {
            await visitor.GotoAsync("/sites/search?q=" + Uri.EscapeDataString("码头"));
            found = await visitor.Locator("li[data-site='jiangkou-street'][data-page='ferry']").CountAsync() > 0;
            if (!found)
            {
                await Task.Delay(500);
            }
        }

        found.ShouldBeTrue("search finds the new page by a Chinese word");
        await DemoSiteJourneyFixture.ShotAsync(visitor, "sites-search");
    }

    [SkippableFact]
    public async Task Three_sites_in_three_themes_are_captured_at_desktop_and_phone_width()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);

        var sites = new[] { ("qiupu-street", "ink"), ("jiuhua-street", "celadon"), ("hsyl-point-yanliuyuan", "red") };
        foreach (var width in new[] { 1280, 390 })
        {
            var visitor = await fixture.NewPageAsync(width: width, height: width > 600 ? 900 : 844);
            foreach (var (slug, layout) in sites)
            {
                (await visitor.GotoAsync($"/sites/{slug}"))!.Ok.ShouldBeTrue(slug);
                (await visitor.Locator("body").GetAttributeAsync("data-layout")).ShouldBe(layout, slug);
                (await visitor.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue($"nothing sticks out sideways on {slug} at {width} px");
                await DemoSiteJourneyFixture.ShotAsync(visitor, $"sites-{slug}-{layout}-{width}");
                var about = $"/sites/{slug}/about";
                (await visitor.GotoAsync(about))!.Ok.ShouldBeTrue(about);
                await DemoSiteJourneyFixture.ShotAsync(visitor, $"sites-{slug}-about-{width}");
            }

            (await visitor.GotoAsync("/programmes/HSYL"))!.Ok.ShouldBeTrue();
            (await visitor.Locator("svg.ds-chart rect[data-kind]").CountAsync()).ShouldBeGreaterThan(4);
            await DemoSiteJourneyFixture.ShotAsync(visitor, $"sites-programme-{width}");
            (await visitor.GotoAsync("/sites"))!.Ok.ShouldBeTrue();
            (await visitor.Locator(".ds-card").CountAsync()).ShouldBeGreaterThanOrEqualTo(33);
            await DemoSiteJourneyFixture.ShotAsync(visitor, $"sites-list-{width}");
            await visitor.Context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task No_script_from_a_pages_title_or_body_runs_in_the_browser()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);

        var visitor = await fixture.NewPageAsync();
        var dialogs = 0;
        visitor.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        var paths = new List<string> { "/sites/xss-site", "/sites", "/programmes/HSYL", "/sites/search?q=" + Uri.EscapeDataString("<script>window.__xss=1</script>") };
        paths.AddRange(Enumerable.Range(0, 12).Select(i => $"/sites/xss-site/x{i}"));
        foreach (var path in paths)
        {
            (await visitor.GotoAsync(path))!.Ok.ShouldBeTrue(path);
            await visitor.Mouse.MoveAsync(200, 300);
            (await visitor.EvaluateAsync<bool>("() => window.__xss === undefined && parent.__xss === undefined")).ShouldBeTrue(path);
        }

        var manager = await fixture.NewPageAsync("site-manager");
        foreach (var path in new[] { "/admin/sites/xss-site", "/admin/sites/xss-site/pages/x0", "/admin/sites/xss-site/pages/x4/history" })
        {
            (await manager.GotoAsync(path))!.Ok.ShouldBeTrue(path);
            (await manager.EvaluateAsync<bool>("() => window.__xss === undefined")).ShouldBeTrue(path);
        }

        dialogs.ShouldBe(0);
    }

    [SkippableFact]
    public async Task The_public_demo_site_pages_have_no_accessibility_violations_and_break_no_content_security_policy()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);

        var visitor = await fixture.NewPageAsync();
        var problems = WatchContentSecurityPolicy(visitor);
        foreach (var path in new[] { "/sites", "/sites/qiupu-street", "/sites/qiupu-street/merchants", "/sites/jiuhua-street", "/sites/jiuhua-street/promise", "/sites/hsyl-point-yanliuyuan/grid", "/programmes/HSYL", "/sites/search?q=" + Uri.EscapeDataString("商户") })
        {
            (await visitor.GotoAsync(path))!.Ok.ShouldBeTrue(path);
            AxeResult result = await visitor.RunAxe();
            problems.AddRange(result.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task The_demo_site_admin_pages_have_no_serious_accessibility_violation_and_break_no_content_security_policy()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);

        var manager = await fixture.NewPageAsync("site-manager");
        var problems = WatchContentSecurityPolicy(manager);
        foreach (var path in new[] { "/admin/sites", "/admin/sites/new", "/admin/sites/qiupu-street", "/admin/sites/qiupu-street/pages/about", "/admin/sites/qiupu-street/pages/new", "/admin/sites/qiupu-street/pages/about/history" })
        {
            (await manager.GotoAsync(path))!.Ok.ShouldBeTrue(path);
            AxeResult result = await manager.RunAxe();
            problems.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    /// <summary>The browser reports what the site's Content-Security-Policy refused (an inline style or script) in its console.</summary>
    private static List<string> WatchContentSecurityPolicy(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{page.Url}: {message.Text}");
            }
        };
        return problems;
    }

    public void Dispose() => _transcript.Dispose();
}
