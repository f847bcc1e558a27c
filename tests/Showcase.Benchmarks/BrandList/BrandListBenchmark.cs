using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Showcase.Testing;
using static Showcase.Benchmarks.BenchmarkArgs;

namespace Showcase.Benchmarks.BrandList;

/// <summary>
/// <c>dotnet run -c Release --project tests/Showcase.Benchmarks -- brandlist [--brands 30,10000]
/// [--seconds 10] [--concurrency 16] [--max-requests 500000] [--warmup 120] [--rounds 5] [--modes list,list-rendered,...]
/// [--server-cpus 0]</c>, or <c>brandlist --url http://127.0.0.1:port/path [--uncached]</c> to probe one address.
/// <para>
/// For each brand count: a real Showcase process (default demo data, then a recipe adding a manager who can
/// sign in and brands up to the count), and five pages measured on it: <c>/brands</c> as anonymous visitors
/// get it (output cache), <c>/brands</c> and one brand's page rendered every time (the output cache bypassed),
/// and <c>/</c> and <c>/admin/brands</c> signed in as the manager. A bare Kestrel (a separate process) serves
/// each page's HTML as a static file of the same size. After both are warmed up, the page and its file are measured in
/// turn for <c>--rounds</c> rounds; prints requests per second, p50 and p99 of each run, and for the median round (by
/// ratio) the ratio page / static file with the range over the rounds. With <c>--server-cpus 0</c> both servers run under
/// <c>taskset -c 0</c>; start the benchmark itself under <c>taskset -c 1</c> to keep the load on the other core.
/// Each page, and each file, is first warmed up for at most <c>--warmup</c> seconds, until its rate stops rising.
/// </para>
/// </summary>
public static class BrandListBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var counts = Option(args, "--brands", "30,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var duration = TimeSpan.FromSeconds(double.Parse(Option(args, "--seconds", "10"), CultureInfo.InvariantCulture));
        var concurrency = int.Parse(Option(args, "--concurrency", "16"), CultureInfo.InvariantCulture);
        var maxRequests = long.Parse(Option(args, "--max-requests", "500000"), CultureInfo.InvariantCulture);
        var warmup = TimeSpan.FromSeconds(double.Parse(Option(args, "--warmup", "120"), CultureInfo.InvariantCulture));
        var rounds = int.Parse(Option(args, "--rounds", "5"), CultureInfo.InvariantCulture);
        if (Option(args, "--seed", "") is { Length: > 0 } seedDir)
        {
            // Seed mode: prepare a data folder with the first count of --brands and the manager, for --url runs.
            await SeedAsync(Directory.CreateDirectory(seedDir).FullName, counts[0]);
            return 0;
        }

        if (Option(args, "--url", "") is { Length: > 0 } probe)
        {
            // Probe mode: measure one address of an already running host (loopback only); --manager signs in as the
            // manager of a data folder made by --seed (both with the same SHOWCASE_BENCH_PASSWORD).
            var url = new Uri(probe);
            var cookie = args.Contains("--manager") ? await SignInAsync(new Uri(url.GetLeftPart(UriPartial.Authority))) : null;
            Report(0, await LoadGenerator.RunAsync(probe, url, concurrency, duration, maxRequests, warmup, bypassOutputCache: args.Contains("--uncached"), cookie));
            return 0;
        }

        if (Option(args, "--server-cpus", "") is { Length: > 0 } cpus)
        {
            // Children (the Showcase host, the static file server) start under `taskset -c <cpus>`; run this
            // process itself under `taskset -c <other cpus>` so that the load does not share their core.
            Environment.SetEnvironmentVariable("SHOWCASE_PROCESS_CPUS", cpus);
        }

        var only = Option(args, "--modes", "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var modes = Modes.Where(m => only.Length == 0 || only.Contains(m.Key)).ToList();
        var rows = new List<(int Brands, Mode Mode, LoadResult Page, LoadResult Static, double Lowest, double Highest)>();
        foreach (var count in counts)
        {
            var dataDir = Directory.CreateTempSubdirectory("showcase-bench-").FullName;
            try
            {
                await SeedAsync(dataDir, count);
                await using var host = await ShowcaseProcess.StartAsync(new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Warning" }, dataDir);
                var staticDir = Directory.CreateDirectory(Path.Combine(dataDir, "static")).FullName;
                var code = await FirstBrandCodeAsync(host.WebUrl);
                // The yardstick serves each page's HTML as a file of its own size, measured in turn with the page.
                await using var yardstick = await StaticFileServer.StartAsync(staticDir);
                foreach (var mode in modes)
                {
                    var url = new Uri(host.WebUrl, mode.Path.Replace("{code}", code, StringComparison.Ordinal));
                    // A session signed in for each mode: the load sends one fixed cookie and never takes the renewed one
                    // a browser would, so a session older than Identity's one-minute refresh would have its claims
                    // rebuilt and its cookie reissued on every request, which no browser's session costs.
                    var modeCookie = mode.SignedIn ? await SignInAsync(host.WebUrl) : null;
                    var html = await FetchAsync(url, mode.Rendered, modeCookie);
                    if (!html.Contains(mode.Expect, StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException($"{mode.Name}: the page does not show '{mode.Expect}'; the benchmark would measure the wrong page.");
                    }

                    var file = mode.Key + ".html";
                    await File.WriteAllTextAsync(Path.Combine(staticDir, file), html);
                    var fileUrl = new Uri(yardstick.Root, "/" + file);
                    await LoadGenerator.RunAsync($"{mode.Name} ({count} brands), warm-up", url, concurrency, duration, maxRequests, warmup, mode.Rendered, modeCookie);
                    await LoadGenerator.RunAsync($"static file {file}, warm-up", fileUrl, concurrency, duration, maxRequests, warmup);
                    // The machine's speed drifts by half within minutes: the page and its file are measured in turn,
                    // round after round, each round's ratio from two runs seconds apart; the median round is reported.
                    var measured = new List<(LoadResult Page, LoadResult Static)>();
                    for (var round = 0; round < rounds; round++)
                    {
                        // A fresh session for each run: measured minutes after its sign-in, the load's fixed cookie would be
                        // past Identity's refresh and pay for a new cookie on every request (see above).
                        var roundCookie = mode.SignedIn ? await SignInAsync(host.WebUrl) : null;
                        var page = await LoadGenerator.RunAsync($"{mode.Name} ({count} brands)", url, concurrency, duration, maxRequests, TimeSpan.Zero, mode.Rendered, roundCookie);
                        var onDisk = await LoadGenerator.RunAsync($"static file {file}", fileUrl, concurrency, duration, maxRequests, TimeSpan.Zero);
                        Report(count, page, onDisk);
                        measured.Add((page, onDisk));
                    }

                    var median = measured.OrderBy(m => m.Page.RequestsPerSecond / m.Static.RequestsPerSecond).ElementAt(measured.Count / 2);
                    var ratios = measured.Select(m => m.Page.RequestsPerSecond / m.Static.RequestsPerSecond).ToList();
                    rows.Add((count, mode, median.Page, median.Static, ratios.Min(), ratios.Max()));
                }
            }
            finally
            {
                try
                {
                    Directory.Delete(dataDir, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"median round of {rounds}:");
        Console.WriteLine($"{"mode",-36} {"brands",7} {"bytes",7} {"rps",8} {"p99",9} {"static rps",11} {"static p99",11} {"ratio",6} {"range",10}");
        foreach (var (brands, mode, page, file, lowest, highest) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{mode.Name,-36} {brands,7} {page.BodyBytes,7} {page.RequestsPerSecond,8:F0} {page.P99Ms,7:F2}ms {file.RequestsPerSecond,11:F0} {file.P99Ms,9:F2}ms {page.RequestsPerSecond / file.RequestsPerSecond,6:F2} {lowest,4:F2}–{highest,4:F2}"));
        }

        return rows.Any(r => r.Page.Failures > 0) ? 1 : 0;
    }

    /// <summary>What is measured: the brand list as anonymous visitors get it (output cache), then pages rendered every time.</summary>
    private sealed record Mode(string Key, string Name, string Path, bool Rendered, bool SignedIn, string Expect);

    private static readonly Mode[] Modes =
    [
        new("list", "/brands, output cache", "/brands", Rendered: false, SignedIn: false, "data-brand="),
        new("list-rendered", "/brands, rendered", "/brands", Rendered: true, SignedIn: false, "data-brand="),
        new("brand-rendered", "/brands/{code}, rendered", "/brands/{code}", Rendered: true, SignedIn: false, "<h1"),
        new("home-manager", "/ signed in (manager)", "/", Rendered: true, SignedIn: true, "href=\"/admin\""),
        new("admin-brands-manager", "/admin/brands signed in (manager)", "/admin/brands", Rendered: true, SignedIn: true, "data-layout=\"admin\""),
    ];

    private const string ManagerName = "bench-manager";

    private const string PasswordVariable = "SHOWCASE_BENCH_PASSWORD";

    /// <summary>The manager's password: SHOWCASE_BENCH_PASSWORD when set (so that --seed and --url --manager can meet), else a new one.</summary>
    private static readonly string ManagerPassword = Environment.GetEnvironmentVariable(PasswordVariable) is { Length: >= 10 } given
        ? given
        : "bench-" + Guid.NewGuid().ToString("N")[..12] + "-1";

    private static async Task<string> FetchAsync(Uri url, bool rendered, string? cookie)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (rendered)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Benchmark", "uncached");
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await http.SendAsync(request);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}.");
        }

        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> FirstBrandCodeAsync(Uri root)
    {
        var html = await FetchAsync(new Uri(root, "/brands"), rendered: true, cookie: null);
        var match = System.Text.RegularExpressions.Regex.Match(html, "data-brand=\"([^\"]+)\"");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("The brand list shows no brand; the benchmark would measure an empty page.");
    }

    /// <summary>Signs the benchmark's manager in through the login form; returns the Cookie header of the session.</summary>
    private static async Task<string> SignInAsync(Uri root)
    {
        var cookies = new System.Net.CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = root };
        var form = await http.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = ManagerName,
            ["Input.Password"] = ManagerPassword,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await http.PostAsync("/account/login", content);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {ManagerName} answered {(int)response.StatusCode}.");
        }

        return cookies.GetCookieHeader(root);
    }

    private static void Report(int count, LoadResult page, LoadResult? file = null)
    {
        foreach (var r in new[] { page, file }.OfType<LoadResult>())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name}: {r.Requests} requests in {r.Elapsed.TotalSeconds:F1}s = {r.RequestsPerSecond:F0}/s, p50 {r.P50Ms:F2} ms, p99 {r.P99Ms:F2} ms, {r.BodyBytes} bytes, {r.Failures} failed"));
        }

        if (file is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} brands: {page.Name} / static = {page.RequestsPerSecond / file.RequestsPerSecond:F2}"));
        }
    }

    /// <summary>A data folder with the default demo data, plus generated brands up to <paramref name="count"/>.</summary>
    private static async Task SeedAsync(string dataDir, int count)
    {
        var clock = Stopwatch.StartNew();
        await using (await ShowcaseProcess.StartAsync(dataDir: dataDir))
        {
            // The first start applies the default recipe: the organisation tree and 30 brands.
        }

        // A manager who can sign in (the demo users have no password), and brands up to the count.
        var recipe = Path.Combine(dataDir, "bench.recipe.json");
        await File.WriteAllTextAsync(recipe, GeneratedRecipe(Math.Max(0, count - 30)));
        var (exit, output) = await ShowcaseProcess.RunVerbAsync(dataDir, ["recipe", recipe], environment: new Dictionary<string, string> { [PasswordVariable] = ManagerPassword });
        if (exit != 0)
        {
            throw new InvalidOperationException($"The benchmark recipe failed ({exit}):\n{output}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {count} brands in {clock.Elapsed.TotalSeconds:F0}s"));
    }

    private static readonly string[] Communities =
    [
        "GC-QP-YLY", "GC-QP-QPU", "GC-QP-BY", "GC-QP-CW", "GC-CY-CL", "GC-CY-XH", "GC-CY-QX", "GC-CY-CH", "GC-LS-LS", "GC-LS-PT",
        "GC-LS-HX", "GC-JK-JK", "GC-JK-XJ", "GC-JK-FC", "GC-MY-MY", "GC-MY-FL", "DZ-YD-YS", "DZ-YD-DC", "DZ-YD-XC", "DZ-DL-DL",
        "DZ-DL-JH", "ST-RL-RL", "ST-RL-QX", "ST-QD-QD", "QY-RC-RC", "QY-RC-QS", "QY-RC-FR", "QY-MZ-MZ", "JHS-JH-HZ", "JHS-JH-JX", "JHS-JH-FT",
    ];

    private static readonly string[] Themes = ["网格治理", "志愿服务", "红色物业", "为老服务", "文化惠民", "平安建设", "便民服务", "生态环保"];

    private static string GeneratedRecipe(int count)
    {
        var brands = Enumerable.Range(1, count).Select(i =>
        {
            var theme = Themes[i % Themes.Length];
            return new Dictionary<string, object>
            {
                ["code"] = $"L{i:D5}",
                ["title"] = $"{theme}示例品牌{i}",
                ["slogan"] = $"{theme}，服务到家",
                ["community"] = Communities[i % Communities.Length],
                ["summary"] = $"压力测试用的示例品牌：围绕{theme}开展工作，党员带头、居民参与。文字为示意。",
                ["body"] = $"## 做法\n\n社区党组织围绕{theme}建立工作机制，每季度向居民报告进展。\n\n> 演示内容，仅用于性能测试。",
                ["practices"] = new[] { $"成立{theme}工作小组", "党员认领服务项目" },
                ["figures"] = new[] { new { label = "服务居民", number = i % 1000 * 10, unit = "人次" } },
                ["tags"] = new[] { theme },
                ["yearFounded"] = 2015 + i % 10,
                ["illustrative"] = true,
            };
        });
        var users = new Dictionary<string, object>
        {
            ["step"] = "users",
            ["users"] = new[] { new Dictionary<string, object> { ["userName"] = ManagerName, ["displayName"] = "压测管理员", ["roles"] = new[] { "ProgramManager" }, ["passwordFromEnv"] = PasswordVariable } },
        };
        var steps = new List<object> { users };
        if (count > 0)
        {
            steps.Add(new Dictionary<string, object> { ["step"] = "brands", ["brands"] = brands });
        }

        return JsonSerializer.Serialize(new
        {
            name = "benchmark",
            description = "A manager who can sign in, and generated illustrative brands for the brand list benchmark.",
            steps,
        });
    }
}
