using System.Globalization;
using Showcase.Benchmarks.BrandList;
using Showcase.Testing;
using static Showcase.Benchmarks.BenchmarkArgs;
using static Showcase.Benchmarks.Statistics;

namespace Showcase.Benchmarks.DemoSite;

/// <summary>
/// <c>dotnet run -c Release --project tests/Showcase.Benchmarks -- demosite [--site qiupu-street] [--seconds 10]
/// [--rounds 4] [--concurrency 16] [--max-requests 500000]</c>.
/// <para>
/// One real Showcase process with the default demo data; a demo site's home page (<c>/sites/{slug}</c>, in the
/// site's own theme) and the host's own home page (<c>/</c>) measured on the same host in the same run, each as
/// visitors get it and rendered every time (output cache bypassed), in alternating rounds. Prints requests per
/// second and p99 of each and the ratio site/home (median of the rounds); the goal is a rendered ratio of at least 0.9.
/// </para>
/// </summary>
public static class DemoSiteBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var slug = Option(args, "--site", "qiupu-street");
        var duration = TimeSpan.FromSeconds(double.Parse(Option(args, "--seconds", "10"), CultureInfo.InvariantCulture));
        var rounds = int.Parse(Option(args, "--rounds", "4"), CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Option(args, "--concurrency", "16"), CultureInfo.InvariantCulture);
        var maxRequests = long.Parse(Option(args, "--max-requests", "500000"), CultureInfo.InvariantCulture);
        var warmup = TimeSpan.FromSeconds(2);
        var dataDir = Directory.CreateTempSubdirectory("showcase-bench-").FullName;
        try
        {
            await using (await ShowcaseProcess.StartAsync(dataDir: dataDir))
            {
                // The first start applies the default recipe: the brands and the Red Leadership programme's sites.
            }

            await using var host = await ShowcaseProcess.StartAsync(new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Warning" }, dataDir);
            var site = new Uri(host.WebUrl, $"/sites/{slug}");
            var home = new Uri(host.WebUrl, "/");
            using (var http = new HttpClient())
            {
                var html = await http.GetStringAsync(site);
                if (!html.Contains($"data-site=\"{slug}\"", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"/sites/{slug} does not show the site; the benchmark would measure an error page.");
                }
            }

            // Both pages in both modes once before anything is counted, so that whichever goes first does not pay
            // alone for the JIT's tiers and the caches filling (each run also warms itself up for two seconds).
            foreach (var (url, bypass) in new[] { (home, true), (site, true), (home, false), (site, false) })
            {
                await LoadGenerator.RunAsync("warm-up", url, concurrency, TimeSpan.FromSeconds(3), maxRequests, TimeSpan.Zero, bypass);
            }

            // The machine is shared: in every round each page is measured right after (or before) the other, each going
            // first as often as the other, rendered and then as visitors get it, so that a burst of someone else's
            // load falls on both pages of a pair alike; the ratios are taken within a round and their median reported.
            var runs = new List<(int Round, bool Rendered, bool IsHome, LoadResult Result)>();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var rendered in new[] { true, false })
                {
                    foreach (var isHome in round % 2 == 0 ? new[] { true, false } : [false, true])
                    {
                        var name = $"round {round + 1}: {(isHome ? "/" : $"/sites/{slug}")} ({(rendered ? "rendered" : "as visitors get it")})";
                        var result = await LoadGenerator.RunAsync(name, isHome ? home : site, concurrency, duration / rounds, maxRequests, warmup, bypassOutputCache: rendered);
                        runs.Add((round, rendered, isHome, result));
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{name}: {result.Requests} requests in {result.Elapsed.TotalSeconds:F1}s = {result.RequestsPerSecond:F0}/s, p50 {result.P50Ms:F2} ms, p99 {result.P99Ms:F2} ms, {result.BodyBytes} bytes, {result.Failures} failed"));
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine($"{"",22} {"site rps",9} {"site p99",10} {"home rps",9} {"home p99",10} {"rps ratio",10} {"p99 ratio",10}");
            foreach (var rendered in new[] { true, false })
            {
                var pairs = Enumerable.Range(0, rounds)
                    .Select(round => (Site: runs.Single(r => r.Round == round && r.Rendered == rendered && !r.IsHome).Result,
                                      Home: runs.Single(r => r.Round == round && r.Rendered == rendered && r.IsHome).Result))
                    .ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(rendered ? "rendered" : "as visitors get it"),22} {Median(pairs.Select(p => p.Site.RequestsPerSecond)),9:F0} {Median(pairs.Select(p => p.Site.P99Ms)),8:F2}ms {Median(pairs.Select(p => p.Home.RequestsPerSecond)),9:F0} {Median(pairs.Select(p => p.Home.P99Ms)),8:F2}ms {Median(pairs.Select(p => p.Site.RequestsPerSecond / p.Home.RequestsPerSecond)),10:F2} {Median(pairs.Select(p => p.Site.P99Ms / p.Home.P99Ms)),10:F2}"));
            }

            Console.WriteLine("(medians over the rounds; a ratio is the median of the rounds' site/home ratios. The home page has no output cache;");
            Console.WriteLine(" a demo site's pages do, so the second line compares what visitors get, not equal work. Goal: rendered rps ratio >= 0.9.)");
            return runs.Any(r => r.Result.Failures > 0) ? 1 : 0;
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
}
