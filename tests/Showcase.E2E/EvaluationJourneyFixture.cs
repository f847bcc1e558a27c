using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Shouldly;
using Showcase.Testing;

namespace Showcase.E2E;

/// <summary>
/// One real Showcase process set up by a recipe (run before the host starts, so no cache of the host predates it):
/// a round <c>e2e</c> open for applications with three accepted entries, two judges' scores that leave E02 and E03
/// tied at the edge of the TOP2 band, five judges (j3's unit, 贵池区, conflicts it with the entries of 烟柳园社区),
/// an editor of 烟柳园社区 with a second published brand, and a manager. Real Chromium drives it.
/// </summary>
public sealed class EvaluationJourneyFixture : IAsyncLifetime
{
    public const string Password = "evaluation-journey-1";

    private string? _dataDir;

    public ShowcaseProcess Host { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDir => BrandJourneyFixture.ScreenshotDir;

    public async Task InitializeAsync()
    {
        if (!BrowserHost.HasChromium)
        {
            return;
        }

        _dataDir = Directory.CreateTempSubdirectory("showcase-e2e-eval-").FullName;
        var recipe = Path.Combine(_dataDir, "evaluation.recipe.json");
        await File.WriteAllTextAsync(recipe, Recipe);
        var (exit, output) = await ShowcaseProcess.RunVerbAsync(_dataDir, ["recipe", recipe], environment: new Dictionary<string, string> { ["JOURNEY_PASSWORD"] = Password });
        exit.ShouldBe(0, output);
        Host = await ShowcaseProcess.StartAsync(HostTranscript.HostSettings(new Dictionary<string, string> { ["Showcase:SeedDemoData"] = "false" }), _dataDir);

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserHost.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    /// <summary>A new browser context (its own cookies and storage), signed in as <paramref name="userName"/>.</summary>
    public async Task<IPage> SignedInAsync(string userName, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.WebUrl.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            HasTouch = width < 1200,
        });
        // CI runs this beside the other test projects on two cores: a page may wait longer than Playwright's 30 s.
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name='Input.UserName']", userName);
        await page.FillAsync("input[name='Input.Password']", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForPageAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>One number read straight from the host's SQLite database (it runs in WAL mode, so reading beside it is safe).</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Host.DataDir, "showcase.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
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

        if (_dataDir is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataDir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private const string Recipe = """
        { "name": "evaluation-journey", "steps": [
          { "step": "organizations", "units": [
            { "code": "CZ", "name": "池州市", "kind": "city" },
            { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
            { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
            { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" },
            { "code": "DZ", "name": "东至县", "kind": "district", "parent": "CZ" },
            { "code": "DZ-YD", "name": "尧渡镇", "kind": "street", "parent": "DZ" },
            { "code": "DZ-YD-XJ", "name": "新街社区", "kind": "community", "parent": "DZ-YD" },
            { "code": "DZ-YD-DH", "name": "东华社区", "kind": "community", "parent": "DZ-YD" } ] },
          { "step": "users", "users": [
            { "userName": "manager", "displayName": "项目经理", "roles": ["ProgramManager"], "unit": "CZ", "passwordFromEnv": "JOURNEY_PASSWORD" },
            { "userName": "editor", "displayName": "烟柳园编辑", "roles": ["CommunityEditor"], "unit": "GC-QP-YLY", "passwordFromEnv": "JOURNEY_PASSWORD" },
            { "userName": "j1", "displayName": "评委一", "roles": ["Judge"], "unit": "CZ", "passwordFromEnv": "JOURNEY_PASSWORD" },
            { "userName": "j2", "displayName": "评委二", "roles": ["Judge"], "passwordFromEnv": "JOURNEY_PASSWORD" },
            { "userName": "j3", "displayName": "评委三", "roles": ["Judge"], "unit": "GC", "passwordFromEnv": "JOURNEY_PASSWORD" },
            { "userName": "j4", "displayName": "评委四", "roles": ["Judge"], "unit": "CZ", "passwordFromEnv": "JOURNEY_PASSWORD" },
            { "userName": "j5", "displayName": "评委五", "roles": ["Judge"], "passwordFromEnv": "JOURNEY_PASSWORD" } ] },
          { "step": "brands", "brands": [
            { "code": "B1", "title": "红网联动", "slogan": "一张红网联动万家", "community": "GC-QP-YLY", "summary": "网格员现场处置群众问题。", "body": "## 缘起\n\n网格员每天走访，把问题解决在楼栋里。", "tags": ["网格治理"] },
            { "code": "B2", "title": "新街微光", "community": "DZ-YD-XJ", "summary": "党员认领楼道，点亮回家的路。", "body": "楼栋长带着党员志愿者点亮楼道。" },
            { "code": "B3", "title": "东华邻里汇", "community": "DZ-YD-DH", "summary": "邻里议事会每月一次。", "body": "议事会让居民自己定规矩。" },
            { "code": "B4", "title": "烟柳新风", "slogan": "老街坊的新日子", "community": "GC-QP-YLY", "summary": "老旧小区改造中的党员先锋岗。",
              "body": "## 做法\n\n改造前，社区党委组织党员逐户听意见，形成改造清单。\n\n改造中，党员先锋岗每天巡查，问题当天处理。\n\n改造后，成立楼栋自管会，长效管护。",
              "practices": ["逐户听意见", "党员先锋岗每日巡查", "楼栋自管会长效管护"], "figures": [ { "label": "改造楼栋", "number": 36, "unit": "栋" }, { "label": "收集意见", "number": 1200, "unit": "条" } ],
              "tags": ["老旧小区", "先锋岗"] } ] },
          { "step": "rounds", "rounds": [
            { "code": "e2e", "title": "第四届城市社区十大党建品牌评审（演示）", "year": 2023, "state": "APPLICATIONS_OPEN",
              "stages": [ { "key": "final", "title": "终评", "method": "mean", "drop": 0, "minPanel": 1,
                "criteria": [
                  { "key": "innovation", "title": "创新性", "max": 40, "step": 0.5, "tieBreak": 1, "description": "理念、机制或方法上的新意" },
                  { "key": "effect", "title": "实效性", "max": 40, "step": 0.5, "description": "解决群众身边问题的实际成效" },
                  { "key": "spread", "title": "示范性", "max": 20, "step": 0.5, "description": "可复制、可推广的程度" } ],
                "judges": ["j1", "j2", "j3", "j4", "j5"] } ],
              "bands": [ { "grade": "TOP2", "topRanks": 2 }, { "grade": "A", "minScore": 70 }, { "grade": "C" } ],
              "entries": [ { "code": "E01", "brand": "B1" }, { "code": "E02", "brand": "B2" }, { "code": "E03", "brand": "B3" } ],
              "scores": [
                { "stage": "final", "judge": "j4", "entry": "E01", "criteria": { "innovation": 38, "effect": 38, "spread": 19 } },
                { "stage": "final", "judge": "j5", "entry": "E01", "criteria": { "innovation": 38, "effect": 38, "spread": 19 } },
                { "stage": "final", "judge": "j4", "entry": "E02", "criteria": { "innovation": 30, "effect": 30, "spread": 15 } },
                { "stage": "final", "judge": "j5", "entry": "E02", "criteria": { "innovation": 30, "effect": 30, "spread": 15 } },
                { "stage": "final", "judge": "j4", "entry": "E03", "criteria": { "innovation": 30, "effect": 30, "spread": 15 } },
                { "stage": "final", "judge": "j5", "entry": "E03", "criteria": { "innovation": 30, "effect": 30, "spread": 15 } } ] } ] } ] }
        """;
}
