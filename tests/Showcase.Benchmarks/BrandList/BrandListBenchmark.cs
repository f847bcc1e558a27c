using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Showcase.Testing;

namespace Showcase.Benchmarks.BrandList;

/// <summary>
/// <c>dotnet run -c Release --project tests/Showcase.Benchmarks -- brandlist [--brands 30,10000]
/// [--seconds 10] [--concurrency 16] [--max-requests 500000]</c>, or <c>brandlist --url http://127.0.0.1:port/path</c> to probe one address.
/// <para>
/// For each brand count: a real Showcase process (default demo data, then a recipe adding brands up to
/// the count), its <c>/brands</c> page measured, then a bare Kestrel serving a static file of the same
/// size measured in the same run; prints requests per second, p50, p99 and the ratio of the two, for the page
/// as anonymous visitors get it (output cache) and with the output cache bypassed (rendered every time).
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
        var warmup = TimeSpan.FromSeconds(double.Parse(Option(args, "--warmup", "2"), CultureInfo.InvariantCulture));
        if (Option(args, "--url", "") is { Length: > 0 } url)
        {
            // Probe mode: measure one address of an already running host (loopback only).
            Report(0, await LoadGenerator.RunAsync(url, new Uri(url), concurrency, duration, maxRequests, warmup, bypassOutputCache: args.Contains("--uncached")));
            return 0;
        }


        var rows = new List<(int Brands, LoadResult Page, LoadResult Uncached, LoadResult Static)>();
        foreach (var count in counts)
        {
            var dataDir = Directory.CreateTempSubdirectory("showcase-bench-").FullName;
            try
            {
                await SeedAsync(dataDir, count);
                await using var host = await ShowcaseProcess.StartAsync(new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Warning" }, dataDir);
                var pageUrl = new Uri(host.WebUrl, "/brands");
                using (var http = new HttpClient())
                {
                    var html = await http.GetStringAsync(pageUrl);
                    var listed = html.Contains("data-brand=", StringComparison.Ordinal);
                    if (!listed)
                    {
                        throw new InvalidOperationException("The brand list shows no brand; the benchmark would measure an empty page.");
                    }

                    var staticDir = Directory.CreateDirectory(Path.Combine(dataDir, "static")).FullName;
                    await File.WriteAllTextAsync(Path.Combine(staticDir, "brands.html"), html);
                }

                var page = await LoadGenerator.RunAsync($"/brands ({count} brands)", pageUrl, concurrency, duration, maxRequests, warmup);
                var uncached = await LoadGenerator.RunAsync($"/brands ({count} brands, output cache bypassed)", pageUrl, concurrency, duration, maxRequests, warmup, bypassOutputCache: true);
                await using var yardstick = await StaticFileServer.StartAsync(Path.Combine(dataDir, "static"));
                var file = await LoadGenerator.RunAsync("static file", new Uri(yardstick.Root, "/brands.html"), concurrency, duration, maxRequests, warmup);
                rows.Add((count, page, uncached, file));
                Report(count, page, file);
                Report(count, uncached, file);
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
        Console.WriteLine($"{"brands",8} {"page rps",10} {"page p99",10} {"static rps",11} {"static p99",11} {"ratio",7} {"uncached rps",13} {"p99",9} {"ratio",7}");
        foreach (var (brands, page, uncached, file) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{brands,8} {page.RequestsPerSecond,10:F0} {page.P99Ms,8:F2}ms {file.RequestsPerSecond,11:F0} {file.P99Ms,9:F2}ms {page.RequestsPerSecond / file.RequestsPerSecond,7:F2} {uncached.RequestsPerSecond,13:F0} {uncached.P99Ms,7:F2}ms {uncached.RequestsPerSecond / file.RequestsPerSecond,7:F2}"));
        }

        return rows.Any(r => r.Page.Failures > 0 || r.Uncached.Failures > 0) ? 1 : 0;
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
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} brands: page/static = {page.RequestsPerSecond / file.RequestsPerSecond:F2}"));
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

        var extra = count - 30;
        if (extra > 0)
        {
            var recipe = Path.Combine(dataDir, "bench.recipe.json");
            await File.WriteAllTextAsync(recipe, GeneratedRecipe(extra));
            var (exit, output) = await ShowcaseProcess.RunVerbAsync(dataDir, ["recipe", recipe]);
            if (exit != 0)
            {
                throw new InvalidOperationException($"The benchmark recipe failed ({exit}):\n{output}");
            }
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
        return JsonSerializer.Serialize(new
        {
            name = "benchmark",
            description = "Generated illustrative brands for the brand list benchmark.",
            steps = new object[] { new Dictionary<string, object> { ["step"] = "brands", ["brands"] = brands } },
        });
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
