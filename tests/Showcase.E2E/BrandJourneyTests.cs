using System.Text.Json;
using Microsoft.Playwright;
using Shouldly;
using Showcase.Testing;
using SkiaSharp;
using Xunit.Abstractions;

namespace Showcase.E2E;

/// <summary>
/// One real Showcase process with the demo data, three users from a recipe, and real Chromium:
/// the editorial journey of a brand, script injection attempts, and screenshots in both public themes.
/// </summary>
public sealed class BrandJourneyFixture : IAsyncLifetime
{
    public const string Password = "journey-pass-2026";

    public ShowcaseProcess Host { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDir { get; } = Path.Combine(ShowcaseProcess.RepositoryRoot, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Host = await ShowcaseProcess.StartAsync(HostTranscript.HostSettings());
        var recipe = Path.Combine(Host.DataDir, "journey.recipe.json");
        var xss = new Dictionary<string, object>
        {
            ["code"] = "XSS01",
            ["title"] = "<script>window.__xss=1</script>标题",
            ["slogan"] = "<img src=x onerror=window.__xss=1>",
            ["community"] = "GC-QP-CW",
            ["summary"] = "\"><svg onload=window.__xss=1>",
            ["body"] = string.Join("\n\n", XssPayloads.All),
            ["practices"] = XssPayloads.All.Take(5).ToList(),
            ["figures"] = new List<object> { new Dictionary<string, object> { ["label"] = "<script>window.__xss=1</script>", ["number"] = 1, ["unit"] = "<b>件</b>" } },
            ["tags"] = new List<string> { "<b onclick=x>标签" },
            ["contact"] = "javascript:window.__xss=1",
            ["illustrative"] = true,
        };
        await File.WriteAllTextAsync(recipe, $$"""
            { "name": "journey", "steps": [
              { "step": "users", "users": [
                { "userName": "editor-yly", "displayName": "烟柳园编辑", "roles": ["CommunityEditor"], "unit": "GC-QP-YLY", "passwordFromEnv": "JOURNEY_PASSWORD" },
                { "userName": "manager", "displayName": "项目经理", "roles": ["ProgramManager"], "passwordFromEnv": "JOURNEY_PASSWORD" },
                { "userName": "siteadmin", "displayName": "管理员", "roles": ["Administrator"], "passwordFromEnv": "JOURNEY_PASSWORD" } ] },
              { "step": "brands", "brands": [ {{JsonSerializer.Serialize(xss)}} ] } ] }
            """);
        var (exit, output) = await ShowcaseProcess.RunVerbAsync(Host.DataDir, ["recipe", recipe], environment: new Dictionary<string, string> { ["JOURNEY_PASSWORD"] = Password });
        exit.ShouldBe(0, output);

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    public async Task<IPage> NewPageAsync(string? userName = null, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Host.WebUrl.ToString(), Locale = "zh-CN", ViewportSize = new ViewportSize { Width = width, Height = 900 } });
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

public sealed class BrandJourneyTests(BrandJourneyFixture fixture, ITestOutputHelper output) : IClassFixture<BrandJourneyFixture>, IDisposable
{
    private readonly HostTranscript _transcript = new(fixture.Host, output);

    [Fact]
    public async Task An_editors_brand_with_a_cover_is_approved_by_a_manager_and_then_listed_and_found()
    {
        var editor = await fixture.NewPageAsync("editor-yly");
        await editor.GotoAsync("/admin/brands/new");
        await editor.ClickAsync("button[value=save]");
        (await editor.Locator("[data-valmsg-for='Input.Title']").TextContentAsync() ?? "").ShouldContain("此项必填");
        (await editor.Locator("[data-valmsg-for='Input.Summary']").TextContentAsync() ?? "").ShouldContain("此项必填");
        await ShotAsync(editor, "brands-admin-edit-errors");

        await editor.FillAsync("#Input_Code", "E2E01");
        await editor.FillAsync("#Input_Title", "楼道微光");
        await editor.FillAsync("#Input_Slogan", "一盏灯照亮一栋楼");
        await editor.FillAsync("#Input_Summary", "楼栋长带着党员志愿者点亮楼道，照亮邻里回家的路。");
        await editor.FillAsync("#Input_Body", "## 缘起\n\n老旧小区的楼道常年昏暗，社区党委发动**楼栋长**和党员认领楼道，装上声控灯，每月巡检一次。");
        await editor.FillAsync("#Input_Practices", "楼栋长认领楼道\n党员每月巡检");
        await editor.FillAsync("input[name='Input.Figures[0].Label']", "点亮楼道");
        await editor.FillAsync("input[name='Input.Figures[0].Number']", "1,200");
        await editor.FillAsync("input[name='Input.Figures[0].Unit']", "个");
        await editor.FillAsync("#Input_Tags", "楼栋长, 老旧小区");
        await editor.SetInputFilesAsync("#CoverUpload", new FilePayload { Name = "cover.png", MimeType = "image/png", Buffer = CoverImage() });
        await editor.ClickAsync("button[value=submit]");
        await editor.WaitForPageAsync("**/admin/brands/E2E01");
        (await editor.TextContentAsync(".brand-status") ?? "").ShouldContain("待审核");

        var manager = await fixture.NewPageAsync("manager");
        await manager.GotoAsync("/admin/brands/E2E01");
        await manager.ClickAsync("form[action*='handler=Approve'] button[type=submit]");
        await manager.WaitForPageAsync("**/admin/brands/E2E01");
        (await manager.TextContentAsync(".brand-status") ?? "").ShouldContain("已发布");
        await manager.GotoAsync("/admin/brands?district=GC");
        await ShotAsync(manager, "brands-admin-list");
        await manager.GotoAsync("/admin/brands/E2E01/history");
        await ShotAsync(manager, "brands-admin-history");
        await manager.GotoAsync("/admin/brands/E2E01/diff?from=1&to=3");
        (await manager.Locator("dl.diff").TextContentAsync() ?? "").ShouldContain("已发布");
        await ShotAsync(manager, "brands-admin-diff");

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync("/brands?district=GC");
        var found = false;
        for (var page = 1; page < 10 && !found; page++)
        {
            await visitor.GotoAsync($"/brands?district=GC&page={page}");
            found = await visitor.Locator("[data-brand='E2E01']").CountAsync() > 0;
        }

        found.ShouldBeTrue("the approved brand is in the public list");
        await visitor.GotoAsync("/brands/search?q=" + Uri.EscapeDataString("声控灯"));
        (await visitor.Locator(".brand-grid [data-brand]").First.GetAttributeAsync("data-brand")).ShouldBe("E2E01");
        await visitor.GotoAsync("/brands/E2E01");
        (await visitor.Locator("img.brand-page__cover").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(0);
        (await visitor.TextContentAsync(".brand-figures") ?? "").ShouldContain("1,200");
    }

    [Fact]
    public async Task No_script_from_a_brands_fields_runs_in_the_browser()
    {
        var visitor = await fixture.NewPageAsync();
        var dialogs = 0;
        visitor.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        foreach (var path in new[] { "/brands/XSS01", "/brands?tag=" + Uri.EscapeDataString("<b onclick=x>标签"), "/brands/search?q=" + Uri.EscapeDataString("<script>window.__xss=1</script>") })
        {
            await visitor.GotoAsync(path);
            await visitor.Mouse.MoveAsync(200, 300);
            (await visitor.EvaluateAsync<bool>("() => window.__xss === undefined")).ShouldBeTrue(path);
        }

        var manager = await fixture.NewPageAsync("manager");
        foreach (var path in new[] { "/admin/brands/XSS01", "/admin/brands/XSS01/edit", "/admin/brands/XSS01/history" })
        {
            await manager.GotoAsync(path);
            (await manager.EvaluateAsync<bool>("() => window.__xss === undefined")).ShouldBeTrue(path);
        }

        dialogs.ShouldBe(0);
    }

    [Fact]
    public async Task Home_list_and_brand_page_are_captured_in_both_public_themes()
    {
        var visitor = await fixture.NewPageAsync();
        await ShootAsync(visitor, "red");
        (await visitor.GotoAsync("/"))!.Ok.ShouldBeTrue();
        (await visitor.Locator("body").GetAttributeAsync("data-layout")).ShouldBe("red");
        (await visitor.Locator("svg.district-chart rect").CountAsync()).ShouldBeGreaterThan(0);

        var admin = await fixture.NewPageAsync("siteadmin");
        await admin.GotoAsync("/admin/settings");
        await admin.SelectOptionAsync("select[name='Input.DefaultTheme']", "Showcase.Themes.Ink");
        await admin.ClickAsync("form.form-card button[type=submit]");

        // The settings are cached for a short while; a fresh visitor sees Ink once it is picked up.
        var ink = await fixture.NewPageAsync();
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await ink.GotoAsync("/");
            if (await ink.Locator("body").GetAttributeAsync("data-layout") == "ink")
            {
                break;
            }

            await Task.Delay(1000);
        }

        (await ink.Locator("body").GetAttributeAsync("data-layout")).ShouldBe("ink");
        await ShootAsync(ink, "ink");
        await ink.GotoAsync("/brands");
        (await ink.Locator("[data-card='ink']").CountAsync()).ShouldBeGreaterThan(0, "Ink's brand card replaces the module's");

        await admin.GotoAsync("/admin/settings");
        await admin.SelectOptionAsync("select[name='Input.DefaultTheme']", "Showcase.Themes.Red");
        await admin.ClickAsync("form.form-card button[type=submit]");
    }

    [Fact]
    public async Task The_brand_form_its_preview_and_the_review_queue_fit_three_screen_widths()
    {
        var author = await fixture.NewPageAsync("editor-yly");
        await author.GotoAsync("/admin/brands/new");
        await author.FillAsync("#Input_Code", "E2E-Q1");
        await author.FillAsync("#Input_Title", "夜校微光");
        await author.FillAsync("#Input_Summary", "社区夜校把党课和技能课送到家门口。");
        await author.ClickAsync("button[value=submit]");
        await author.WaitForPageAsync("**/admin/brands/E2E-Q1");

        foreach (var width in new[] { 1366, 820, 390 })
        {
            var editor = await fixture.NewPageAsync("editor-yly", width);
            await editor.GotoAsync("/admin/brands/new");
            await editor.FillAsync("#Input_Title", "楼道微光");
            await editor.FillAsync("#Input_Summary", "楼栋长带着党员志愿者点亮楼道，照亮邻里回家的路。");
            await editor.FillAsync("#Input_Body", "## 缘起\n\n老旧小区的楼道常年昏暗，社区党委发动**楼栋长**和党员认领楼道。\n\n- 每月巡检一次\n- 坏灯当天修好");
            await editor.ClickAsync("button[value=preview]");
            (await editor.Locator("[data-testid=body-preview] h2", new() { HasText = "缘起" }).CountAsync()).ShouldBe(1);
            (await editor.Locator("[data-testid=body-preview] strong").TextContentAsync()).ShouldBe("楼栋长");
            var form = (await editor.Locator("form.brand-form").BoundingBoxAsync())!;
            foreach (var field in new[] { "#Input_Summary", "#Input_Body", "#Input_Practices" })
            {
                var box = (await editor.Locator(field).BoundingBoxAsync())!;
                box.Width.ShouldBeGreaterThan(form.Width * 0.85f, $"{field} spans the form at {width} px");
            }

            (await editor.Locator("#Input_Body").BoundingBoxAsync())!.Height.ShouldBeGreaterThan(250, "the story has room to be written in");
            (await editor.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue($"nothing sticks out sideways at {width} px");
            await ShotAsync(editor, $"brands-admin-form-{width}");

            var manager = await fixture.NewPageAsync("manager", width);
            await manager.GotoAsync("/admin");
            var queue = manager.Locator("[data-testid=dashboard-cards] .dashboard-card", new() { HasText = "待审核" });
            (await queue.Locator("a[href='/admin/brands/E2E-Q1']").CountAsync()).ShouldBe(1);
            await ShotAsync(manager, $"brands-review-queue-{width}");
            await manager.GotoAsync("/admin/brands?state=InReview");
            await ShotAsync(manager, $"brands-admin-list-{width}");
            await manager.GotoAsync("/admin/brands/E2E-Q1");
            await ShotAsync(manager, $"brands-admin-review-{width}");
            await editor.Context.CloseAsync();
            await manager.Context.CloseAsync();
        }
    }

    private static Task<byte[]> ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrandJourneyFixture.ScreenshotDir, name + ".png"), FullPage = true });

    private static async Task ShootAsync(IPage page, string theme)
    {
        foreach (var (name, path) in new[] { ("home", "/"), ("list", "/brands"), ("brand", "/brands/B01") })
        {
            var response = await page.GotoAsync(path);
            response!.Ok.ShouldBeTrue(path);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrandJourneyFixture.ScreenshotDir, $"brands-{theme}-{name}.png"), FullPage = true });
        }
    }

    private static byte[] CoverImage()
    {
        using var bitmap = new SKBitmap(1200, 750);
        bitmap.Erase(new SKColor(200, 22, 29));
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    public void Dispose() => _transcript.Dispose();
}
