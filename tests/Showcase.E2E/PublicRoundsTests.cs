using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Shouldly;
using Showcase.Testing;
using Xunit.Abstractions;

namespace Showcase.E2E;

/// <summary>
/// One real Showcase process with the demo data (2021-top10 FINAL, 2022-top10 live in SCORING), a round in public
/// notice, judges with passwords, event streams that the server ends every few seconds, and real Chromium.
/// </summary>
public sealed class PublicRoundsFixture : IAsyncLifetime
{
    public const string Password = "public-rounds-pass-1";

    public ShowcaseProcess Host { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!BrowserHost.HasChromium)
        {
            return;
        }

        // Streams end every 4 s, so that the big screen's reconnecting is seen within a test.
        Host = await ShowcaseProcess.StartAsync(HostTranscript.HostSettings(new Dictionary<string, string> { ["Showcase:Evaluations:Live:StreamLifetime"] = "00:00:04" }));
        var recipe = Path.Combine(Host.DataDir, "public-rounds.recipe.json");
        await File.WriteAllTextAsync(recipe, """
            { "name": "public-rounds", "steps": [
              { "step": "users", "users": [
                { "userName": "judge01", "displayName": "评委一（示意）", "roles": ["Judge"], "unit": "DZ", "passwordFromEnv": "E2E_PASSWORD" },
                { "userName": "judge03", "displayName": "评委三（示意）", "roles": ["Judge"], "unit": "ST", "passwordFromEnv": "E2E_PASSWORD" },
                { "userName": "judge05", "displayName": "评委五（示意）", "roles": ["Judge"], "passwordFromEnv": "E2E_PASSWORD" },
                { "userName": "manager01", "displayName": "项目管理员（示意）", "roles": ["ProgramManager"], "unit": "CZ", "passwordFromEnv": "E2E_PASSWORD" } ] },
              { "step": "rounds", "rounds": [ {
                "code": "2023-notice", "title": "社区党建品牌创新案例评审（示意）", "year": 2023, "state": "PUBLIC_NOTICE", "illustrative": true,
                "stages": [ { "key": "final", "title": "终评", "method": "mean", "minPanel": 3,
                  "criteria": [ { "key": "innovation", "title": "创新性", "max": 40, "tieBreak": 1 }, { "key": "effect", "title": "实效性", "max": 40 }, { "key": "spread", "title": "示范性", "max": 20 } ],
                  "judges": ["judge02", "judge05", "judge07"] } ],
                "bands": [ { "grade": "一等", "topRanks": 1 }, { "grade": "二等", "topRanks": 3 } ],
                "entries": [ { "code": "E1", "brand": "B01" }, { "code": "E2", "brand": "B02" }, { "code": "E3", "brand": "B03" }, { "code": "E4", "brand": "B04" } ],
                "scores": [
                  { "stage": "final", "judge": "judge02", "entry": "E1", "criteria": { "innovation": 36, "effect": 35, "spread": 18 } },
                  { "stage": "final", "judge": "judge05", "entry": "E1", "criteria": { "innovation": 35, "effect": 36, "spread": 17.5 } },
                  { "stage": "final", "judge": "judge07", "entry": "E1", "criteria": { "innovation": 37, "effect": 34, "spread": 18 } },
                  { "stage": "final", "judge": "judge02", "entry": "E2", "criteria": { "innovation": 33, "effect": 32, "spread": 16 } },
                  { "stage": "final", "judge": "judge05", "entry": "E2", "criteria": { "innovation": 34, "effect": 31, "spread": 16.5 } },
                  { "stage": "final", "judge": "judge07", "entry": "E2", "criteria": { "innovation": 32, "effect": 33, "spread": 15 } },
                  { "stage": "final", "judge": "judge02", "entry": "E3", "criteria": { "innovation": 30, "effect": 31, "spread": 15 } },
                  { "stage": "final", "judge": "judge05", "entry": "E3", "criteria": { "innovation": 31, "effect": 30, "spread": 14.5 } },
                  { "stage": "final", "judge": "judge07", "entry": "E3", "criteria": { "innovation": 29, "effect": 30, "spread": 15 } },
                  { "stage": "final", "judge": "judge02", "entry": "E4", "criteria": { "innovation": 26, "effect": 27, "spread": 12 } },
                  { "stage": "final", "judge": "judge05", "entry": "E4", "criteria": { "innovation": 27, "effect": 26, "spread": 12.5 } } ],
                "schedule": { "publicNotice": "2030-01-10T09:00:00+08:00", "noticeDays": 7 } } ] } ] }
            """);
        var (exit, output) = await ShowcaseProcess.RunVerbAsync(Host.DataDir, ["recipe", recipe], environment: new Dictionary<string, string> { ["E2E_PASSWORD"] = Password });
        exit.ShouldBe(0, output);

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserHost.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(BrandJourneyFixture.ScreenshotDir);
    }

    public async Task<IPage> NewPageAsync(int width, int height, string? userName = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.WebUrl.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
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

    public static Task ShootAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrandJourneyFixture.ScreenshotDir, name + ".png"), FullPage = fullPage });

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

/// <summary>The rounds' public pages in real Chromium: the big screen live, the notice on screen and on paper, objections, accessibility.</summary>
public sealed class PublicRoundsTests(PublicRoundsFixture fixture, ITestOutputHelper output) : IClassFixture<PublicRoundsFixture>, IDisposable
{
    private readonly HostTranscript _transcript = new(fixture.Host, output);

    [SkippableFact]
    public async Task The_big_screen_updates_without_a_reload_as_judges_submit_and_reconnects_after_the_server_ends_its_stream()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);
        var page = await fixture.NewPageAsync(1920, 1080);
        var failures = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                failures.Add(message.Text);
            }
        };
        await page.GotoAsync("/rounds/2022-top10/live");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-live-board]').dataset.connection === 'live'");
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        var before = int.Parse(await page.TextContentAsync("[data-field=submitted]") ?? "", System.Globalization.CultureInfo.InvariantCulture);
        await PublicRoundsFixture.ShootAsync(page, "live-1920-before", fullPage: false);

        using var judge01 = await JudgeClient.SignInAsync(fixture.Host.WebUrl, "judge01", PublicRoundsFixture.Password, "2022-top10");
        var first = await SubmitMissingAsync(judge01, "judge01");
        await page.WaitForFunctionAsync("n => document.querySelector('[data-field=submitted]').textContent === n", (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var row = page.Locator($"[data-entries] [data-entry='{first}']");
        (await row.GetAttributeAsync("class")).ShouldNotBeNull().ShouldContain("is-changed");
        await PublicRoundsFixture.ShootAsync(page, "live-1920-updated", fullPage: false);

        // The server ends each stream after 4 s: the page opens a new one by itself and goes on updating.
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-live-board]').dataset.connections) >= 2", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        using var judge05 = await JudgeClient.SignInAsync(fixture.Host.WebUrl, "judge05", PublicRoundsFixture.Password, "2022-top10");
        await SubmitMissingAsync(judge05, "judge05");
        await page.WaitForFunctionAsync("n => document.querySelector('[data-field=submitted]').textContent === n", (before + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));

        (await page.EvaluateAsync<bool>("() => window.__sameDocument === true")).ShouldBeTrue("updated in place, never reloaded");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(1920, "nothing overflows the screen sideways");
        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task The_public_notice_reads_on_a_laptop_and_a_phone_prints_as_an_A4_notice_and_its_json_passes_verify()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);
        var laptop = await fixture.NewPageAsync(1366, 900);
        await laptop.GotoAsync("/rounds/2021-top10/results");
        await PublicRoundsFixture.ShootAsync(laptop, "notice-1366");
        (await laptop.Locator("tbody tr").CountAsync()).ShouldBe(20);

        await laptop.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await laptop.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).display")).ShouldBe("none", "the site's header is not printed");
        await PublicRoundsFixture.ShootAsync(laptop, "notice-print");
        var pdf = Path.Combine(BrandJourneyFixture.ScreenshotDir, "notice-print.pdf");
        await laptop.PdfAsync(new PagePdfOptions { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });
        (await File.ReadAllBytesAsync(pdf)).Length.ShouldBeGreaterThan(10_000);

        var phone = await fixture.NewPageAsync(390, 844);
        await phone.GotoAsync("/rounds/2021-top10/results");
        await PublicRoundsFixture.ShootAsync(phone, "notice-390");
        (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "no sideways scrolling on a phone");

        // Anyone can take the published JSON and recompute it with the verify command.
        using var http = new HttpClient { BaseAddress = fixture.Host.WebUrl };
        var file = Path.Combine(fixture.Host.DataDir, "2021-top10-results.json");
        await File.WriteAllBytesAsync(file, await http.GetByteArrayAsync(new Uri("/rounds/2021-top10/results.json", UriKind.Relative)));
        var (exit, output) = await ShowcaseProcess.RunVerbAsync(fixture.Host.DataDir, ["verify", file]);
        exit.ShouldBe(0, output);
        output.ShouldContain("verified: " + (await laptop.TextContentAsync("[data-digest]") ?? "(no digest on the page)"));
    }

    [SkippableFact]
    public async Task An_objection_is_lodged_in_the_browser_and_a_manager_dismisses_it()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);
        var visitor = await fixture.NewPageAsync(1366, 900);
        await visitor.GotoAsync("/rounds/2023-notice/results");
        await visitor.ClickAsync("a[href='/rounds/2023-notice/objection']");
        await visitor.FillAsync("#objection-name", "赵六");
        await visitor.FillAsync("#objection-contact", "zhaoliu@example.org");
        await visitor.FillAsync("#objection-text", "E4 只有两位评委评分，请说明原因。");
        await PublicRoundsFixture.ShootAsync(visitor, "objection-form");
        await visitor.ClickAsync(".objection-form button[type=submit]");
        var reference = await visitor.TextContentAsync("[data-reference]") ?? "";
        await PublicRoundsFixture.ShootAsync(visitor, "objection-received");

        var manager = await fixture.NewPageAsync(1366, 900, "manager01");
        await manager.GotoAsync("/admin/rounds/2023-notice/objections");
        await PublicRoundsFixture.ShootAsync(manager, "objections-admin");
        await manager.FillAsync($"#reason-{reference}", "E4 的第三位评委因回避未评分，评分人数不足按规则不参与排名。");
        await manager.ClickAsync($"[data-reference='{reference}'] button[formaction*='handler=Dismiss']");

        reference.ShouldBe("2023-notice-001");
        (await manager.Locator($"[data-reference='{reference}']").GetAttributeAsync("data-objection-state")).ShouldBe("Dismissed");
        (await manager.TextContentAsync("[role=status]")).ShouldNotBeNull().ShouldContain(reference);
    }

    [SkippableFact]
    public async Task The_public_pages_have_no_serious_or_critical_axe_violation()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);
        var problems = new List<string>();
        foreach (var (path, width, height) in new[]
                 {
                     ("/rounds", 1366, 900), ("/rounds/2021-top10/results", 1366, 900), ("/rounds/2021-top10/results", 390, 844),
                     ("/rounds/2023-notice/results", 1366, 900), ("/rounds/2023-notice/objection", 390, 844), ("/rounds/2022-top10/live", 1920, 1080),
                 })
        {
            var page = await fixture.NewPageAsync(width, height);
            await page.GotoAsync(path);
            var result = await page.RunAxe();
            problems.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path} @{width}: {v.Impact} {v.Id} ({v.Help}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            await page.Context.CloseAsync();
        }

        var rounds = await fixture.NewPageAsync(1366, 900);
        await rounds.GotoAsync("/rounds");
        await PublicRoundsFixture.ShootAsync(rounds, "rounds-1366");
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    /// <summary>Submits, as the judge, the first scorecard of 2022-top10 the judge may still submit; returns its entry.</summary>
    private static async Task<string> SubmitMissingAsync(JudgeClient judge, string name)
    {
        for (var e = 1; e <= 20; e++)
        {
            var entry = $"E{e:D2}";
            var scores = new Dictionary<string, decimal> { ["innovation"] = 34, ["effect"] = 33.5m, ["spread"] = 17 };
            using var response = await judge.SubmitAsync("2022-top10", "final", entry, scores, $"e2e-{name}-{entry}-{Guid.NewGuid():N}");
            if ((int)response.StatusCode == 201)
            {
                var body = await response.Content.ReadAsStringAsync();
                if (body.Contains("\"kind\":\"submit\"", StringComparison.Ordinal))
                {
                    return entry;
                }
            }
        }

        throw new InvalidOperationException($"{name} has no scorecard left to submit in 2022-top10.");
    }

    public void Dispose() => _transcript.Dispose();
}
