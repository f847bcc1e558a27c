using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Showcase.Testing;

namespace Showcase.E2E;

/// <summary>
/// One real Showcase process (fresh data folder, no demo data) and one real Chromium for a test class.
/// Chromium is Debian's /usr/bin/chromium driven by Playwright's bundled driver; Playwright never
/// downloads a browser here. Without /usr/bin/chromium the tests are skipped with that reason.
/// </summary>
public sealed partial class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public static bool HasChromium => File.Exists(ChromiumPath);

    public static string SkipReason => $"{ChromiumPath} is not installed (apt-get install chromium).";

    public ShowcaseProcess Site { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: <c>SHOWCASE_SCREENSHOTS</c>, or TestResults/screenshots beside the test assembly.</summary>
    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("SHOWCASE_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>The first administrator's password, as the host printed it.</summary>
    public string AdminPassword => AdminLine().Match(Site.Output) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("The host printed no administrator password:\n" + Site.Output);

    public async Task InitializeAsync()
    {
        if (!HasChromium)
        {
            return;
        }

        Directory.CreateDirectory(ScreenshotFolder);
        Site = await ShowcaseProcess.StartAsync(HostTranscript.HostSettings(new Dictionary<string, string> { ["Showcase:SeedDemoData"] = "false" }));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.WebUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });
        // CI runs this beside the other test projects on two cores: a page may wait longer than Playwright's 30 s.
        context.SetDefaultTimeout(90_000);
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }
    }

    [GeneratedRegex(@"Administrator 'admin' created\. Password: (\S+) ")]
    private static partial Regex AdminLine();
}
