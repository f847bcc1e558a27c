using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Shouldly;
using Showcase.Testing;
using Xunit.Abstractions;

namespace Showcase.E2E;

/// <summary>
/// One real Showcase process with the demo data and a user per role, and Debian's Chromium: axe-core on every public
/// page in each public theme and on every admin page (no serious or critical violation), no Content-Security-Policy
/// violation in the browser's console, and the screenshots people look at (Ink's home, a phone-width /brands, the
/// audit log) at 1920, 1366, 820 and 390 pixels.
/// </summary>
public sealed class SiteAccessibilityFixture : IAsyncLifetime
{
    public const string Password = "axe-pass-2026";

    public ShowcaseProcess Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        Host = await ShowcaseProcess.StartAsync(HostTranscript.HostSettings());
        var recipe = Path.Combine(Host.DataDir, "axe.recipe.json");
        await File.WriteAllTextAsync(recipe, """
            { "name": "axe", "steps": [
              { "step": "users", "users": [
                { "userName": "axe-admin", "displayName": "管理员", "roles": ["Administrator"], "passwordFromEnv": "AXE_PASSWORD" },
                { "userName": "axe-editor", "displayName": "烟柳园编辑", "roles": ["CommunityEditor"], "unit": "GC-QP-YLY", "passwordFromEnv": "AXE_PASSWORD" },
                { "userName": "axe-auditor", "displayName": "审计员", "roles": ["Auditor"], "passwordFromEnv": "AXE_PASSWORD" } ] } ] }
            """);
        var (exit, output) = await ShowcaseProcess.RunVerbAsync(Host.DataDir, ["recipe", recipe], environment: new Dictionary<string, string> { ["AXE_PASSWORD"] = Password });
        exit.ShouldBe(0, output);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserHost.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(BrandJourneyFixture.ScreenshotDir);
    }

    /// <summary>A page whose console is watched for Content-Security-Policy violations.</summary>
    public async Task<(IPage Page, List<string> CspViolations)> NewPageAsync(string? userName = null, int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.WebUrl.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        if (userName is not null)
        {
            await page.GotoAsync("/account/login");
            await page.FillAsync("input[name='Input.UserName']", userName);
            await page.FillAsync("input[name='Input.Password']", Password);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForPageAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        }

        return (page, violations);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}

public sealed class SiteAccessibilityTests(SiteAccessibilityFixture fixture, ITestOutputHelper output) : IClassFixture<SiteAccessibilityFixture>, IDisposable
{
    private readonly HostTranscript _transcript = new(fixture.Host, output);

    private static readonly string[] PublicPages =
    [
        "/", "/brands", "/brands?district=GC", "/brands?page=2", "/brands/B01", "/brands/search?q=" + Uri.EscapeDataString("网格"),
        "/brands/search?q=" + Uri.EscapeDataString(new string('品', 300)), "/no-such-page", "/account/login",
    ];

    private static readonly string[] AdminPages =
    [
        "/admin", "/admin/users", "/admin/users/create", "/admin/settings", "/admin/audit", "/admin/audit?action=recipe.run",
        "/admin/organizations", "/admin/organizations/create", "/admin/brands", "/admin/brands/new", "/admin/brands/B01",
        "/admin/brands/B01/edit", "/admin/brands/B01/history", "/account/change-password", "/admin/no-such-page",
    ];

    [SkippableFact]
    public async Task Every_public_page_in_each_public_theme_has_no_serious_or_critical_axe_violation()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);
        var problems = new List<string>();

        var (red, redCsp) = await fixture.NewPageAsync();
        await CheckAsync(red, "red", PublicPages, problems);
        await ShootPublicAsync("red");

        await SwitchThemeAsync("Showcase.Themes.Ink");
        var (ink, inkCsp) = await fixture.NewPageAsync();
        await ink.GotoAsync("/");
        (await ink.Locator("body").GetAttributeAsync("data-layout")).ShouldBe("ink");
        await CheckAsync(ink, "ink", PublicPages, problems);
        await ShootPublicAsync("ink");
        await SwitchThemeAsync("Showcase.Themes.Red");

        problems.AddRange(redCsp);
        problems.AddRange(inkCsp);
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Every_admin_page_has_no_serious_or_critical_axe_violation()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);
        var problems = new List<string>();

        var (admin, csp) = await fixture.NewPageAsync("axe-admin");
        await CheckAsync(admin, "admin", AdminPages, problems);
        var (editor, editorCsp) = await fixture.NewPageAsync("axe-editor");
        await CheckAsync(editor, "editor", ["/admin", "/admin/brands", "/admin/audit"], problems);

        foreach (var width in new[] { 1366, 820, 390 })
        {
            var (auditor, _) = await fixture.NewPageAsync("axe-auditor", width);
            await auditor.GotoAsync("/admin/audit");
            (await auditor.Locator("[data-testid='audit-log'] tbody tr").CountAsync()).ShouldBeGreaterThan(0);
            await ShotAsync(auditor, $"audit-log-{width}");
        }

        problems.AddRange(csp);
        problems.AddRange(editorCsp);
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    private static async Task CheckAsync(IPage page, string who, IEnumerable<string> paths, List<string> problems)
    {
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            var result = await page.RunAxe();
            foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
            {
                var nodes = string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html));
                problems.Add($"{who} {path}: {violation.Impact} {violation.Id} ({violation.Help}): {nodes}");
            }
        }
    }

    private async Task ShootPublicAsync(string theme)
    {
        foreach (var width in new[] { 1920, 1366, 820, 390 })
        {
            var (page, _) = await fixture.NewPageAsync(width: width, height: width == 390 ? 844 : 900);
            await page.GotoAsync("/");
            await ShotAsync(page, $"{theme}-home-{width}");
            await page.GotoAsync("/brands");
            await ShotAsync(page, $"{theme}-brands-{width}");
            if (width == 390)
            {
                // On a phone the filters are folded away: the first screen shows brands.
                (await page.Locator(".brand-filters").IsVisibleAsync()).ShouldBeFalse($"{theme}: filters folded on a phone");
                (await page.Locator(".brand-grid [data-brand]").First.BoundingBoxAsync())!.Y.ShouldBeLessThan(844, $"{theme}: a brand on the first screen");
            }
        }
    }

    private async Task SwitchThemeAsync(string theme)
    {
        var (admin, _) = await fixture.NewPageAsync("axe-admin");
        await admin.GotoAsync("/admin/settings");
        await admin.SelectOptionAsync("select[name='Input.DefaultTheme']", theme);
        await admin.ClickAsync("form.form-card button[type=submit]");
        var expected = theme == "Showcase.Themes.Ink" ? "ink" : "red";
        var (visitor, _) = await fixture.NewPageAsync();
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await visitor.GotoAsync("/");
            if (await visitor.Locator("body").GetAttributeAsync("data-layout") == expected)
            {
                return;
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException($"the site did not switch to {theme}");
    }

    private static Task<byte[]> ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrandJourneyFixture.ScreenshotDir, name + ".png"), FullPage = true });

    public void Dispose() => _transcript.Dispose();
}
