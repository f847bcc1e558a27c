using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Showcase.Testing;
using static Showcase.Benchmarks.BenchmarkArgs;
using static Showcase.Benchmarks.Statistics;

namespace Showcase.Benchmarks.Scorecards;

/// <summary>
/// <c>dotnet run -c Release --project tests/Showcase.Benchmarks -- scorecards [--judges 20] [--entries 100]
/// [--concurrency 16] [--submissions 750] [--latency 150]</c>
/// <para>
/// For SQLite, and for PostgreSQL when <c>SHOWCASE_TEST_POSTGRES</c> is set: a real Showcase process with the demo data
/// and a round of judges × entries scorecards, judges signed in over HTTP.
/// Measures (1) durable scorecard submissions per second over HTTP (each answered 201 after its transaction with the
/// ledger event committed) at the given concurrency, without and with a big screen watching, and (2) the time from sending a submission to the big screen's
/// event that includes it, one submission at a time (p50, p99). In the same run, the yardstick: a bare Kestrel on
/// the same machine answering (1) an empty POST of the same size at the same concurrency and (2) an empty in-process
/// publish delivered over server-sent events. Prints figures and ratios.
/// </para>
/// </summary>
public static class ScorecardBenchmark
{
    private const string Round = "bench";
    private const string Password = "bench-pass-2030";

    public static async Task<int> RunAsync(string[] args)
    {
        var judges = Int(args, "--judges", 20);
        var entries = Int(args, "--entries", 100);
        var concurrency = Int(args, "--concurrency", 16);
        var submissions = Math.Min(Int(args, "--submissions", 750), (judges * entries - 300) / 2);
        var latencySamples = Int(args, "--latency", 150);

        var rows = new List<(string Provider, Throughput Submit, Throughput Watched, Throughput Empty, Latency ToScreen, Latency Publish)>();
        await using var yardstick = await Yardstick.StartAsync();
        foreach (var provider in new[] { "Sqlite", "Postgres" })
        {
            TemporaryPostgresDatabase? database = null;
            var settings = new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Warning" };
            if (provider == "Postgres")
            {
                if (!TemporaryPostgresDatabase.IsConfigured)
                {
                    Console.WriteLine("PostgreSQL skipped: " + TemporaryPostgresDatabase.SkipReason);
                    continue;
                }

                database = await TemporaryPostgresDatabase.CreateAsync();
                settings["Showcase:Database:Provider"] = "Postgres";
                settings["Showcase:Database:ConnectionString"] = database.ConnectionString;
            }

            var dataDir = Directory.CreateTempSubdirectory("showcase-bench-cards-").FullName;
            try
            {
                await SeedAsync(dataDir, settings, judges, entries);
                await using var host = await ShowcaseProcess.StartAsync(settings, dataDir);
                var clients = await Task.WhenAll(Enumerable.Range(1, judges).Select(j => JudgeClient.SignInAsync(host.WebUrl, ScoringRoundRecipe.Judge(j), Password, Round)));
                var pairs = new ConcurrentQueue<(int Judge, int Entry)>(
                    from e in Enumerable.Range(1, entries) from j in Enumerable.Range(1, judges) select (j, e));
                // Warm up both servers, then measure each the same way: the submissions with no big screen open, then with one.
                await SubmitAsync(clients, pairs, 100, concurrency);
                await EmptyAsync(clients, new Uri(yardstick.Root, "/empty"), 200, concurrency);
                var submit = await SubmitAsync(clients, pairs, submissions, concurrency);
                await using var screen = await BoardWatcher.StartAsync(new Uri(host.WebUrl, $"/rounds/{Round}/live/events"));
                var watched = await SubmitAsync(clients, pairs, submissions, concurrency);
                var empty = await EmptyAsync(clients, new Uri(yardstick.Root, "/empty"), submissions, concurrency);
                var toScreen = await ToScreenAsync(clients, pairs, screen, latencySamples);
                var publish = await PublishAsync(yardstick, latencySamples);
                rows.Add((provider, submit, watched, empty, toScreen, publish));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{provider}: {submit.Count} submissions in {submit.Seconds:F1}s = {submit.PerSecond:F0}/s (p50 {submit.P50:F1} ms, p99 {submit.P99:F1} ms, {submit.Failures} failed); with a big screen open {watched.PerSecond:F0}/s (p50 {watched.P50:F1} ms, p99 {watched.P99:F1} ms); empty POST {empty.PerSecond:F0}/s (p50 {empty.P50:F2} ms)"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{provider}: submission to big screen p50 {toScreen.P50:F1} ms, p99 {toScreen.P99:F1} ms; empty publish to screen p50 {publish.P50:F2} ms, p99 {publish.P99:F2} ms"));
                foreach (var client in clients)
                {
                    client.Dispose();
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

                if (database is not null)
                {
                    await database.DisposeAsync();
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{"database",9} {"submit/s",9} {"p99",9} {"watched/s",10} {"empty/s",8} {"ratio",7} {"to screen p50",14} {"p99",9} {"publish p50",12} {"p99",8} {"ratio p50",10}");
        foreach (var (provider, submit, watched, empty, toScreen, publish) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider,9} {submit.PerSecond,9:F0} {submit.P99,7:F1}ms {watched.PerSecond,10:F0} {empty.PerSecond,8:F0} {submit.PerSecond / empty.PerSecond,7:F4} {toScreen.P50,12:F1}ms {toScreen.P99,7:F1}ms {publish.P50,10:F2}ms {publish.P99,6:F2}ms {toScreen.P50 / publish.P50,10:F0}"));
        }

        return rows.Any(r => r.Submit.Failures > 0 || r.Watched.Failures > 0) ? 1 : 0;
    }

    private sealed record Throughput(int Count, int Failures, double Seconds, double P50, double P99)
    {
        public double PerSecond => Count / Seconds;
    }

    private sealed record Latency(double P50, double P99);

    private static async Task SeedAsync(string dataDir, Dictionary<string, string> settings, int judges, int entries)
    {
        var clock = Stopwatch.StartNew();
        await using (await ShowcaseProcess.StartAsync(settings, dataDir))
        {
            // The first start loads the demo data.
        }

        var recipe = Path.Combine(dataDir, "bench.recipe.json");
        await File.WriteAllTextAsync(recipe, ScoringRoundRecipe.Json(Round, judges, entries, "BENCH_PASSWORD"));
        var (exit, output) = await ShowcaseProcess.RunVerbAsync(dataDir, ["recipe", recipe], settings, new Dictionary<string, string> { ["BENCH_PASSWORD"] = Password });
        if (exit != 0)
        {
            throw new InvalidOperationException($"The benchmark recipe failed ({exit}):\n{output}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {judges} judges × {entries} entries in {clock.Elapsed.TotalSeconds:F0}s"));
    }

    /// <summary>Durable submissions by <paramref name="concurrency"/> workers, each judge's client used by the worker that takes its pair.</summary>
    private static async Task<Throughput> SubmitAsync(JudgeClient[] clients, ConcurrentQueue<(int Judge, int Entry)> pairs, int count, int concurrency)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var left = count;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref left) >= 0 && pairs.TryDequeue(out var pair))
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await clients[pair.Judge - 1].SubmitAsync(Round, ScoringRoundRecipe.Stage, ScoringRoundRecipe.Entry(pair.Entry),
                    ScoringRoundRecipe.Scores(pair.Judge, pair.Entry), $"bench/{pair.Judge}/{pair.Entry}");
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    if (Interlocked.Increment(ref failures) <= 3)
                    {
                        var detail = await response.Content.ReadAsStringAsync();
                        Console.WriteLine($"refused: {(int)response.StatusCode} {detail[..Math.Min(300, detail.Length)]}");
                    }
                }
            }
        })));
        return Summarise(latencies, failures, clock.Elapsed.TotalSeconds);
    }

    private static async Task<Throughput> EmptyAsync(JudgeClient[] clients, Uri address, int count, int concurrency)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var left = count;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref left) >= 0)
            {
                var started = Stopwatch.GetTimestamp();
                var body = new { stage = ScoringRoundRecipe.Stage, entry = ScoringRoundRecipe.Entry(1), scores = ScoringRoundRecipe.Scores(1, 1), key = $"bench/{worker}/{left}" };
                using var response = await clients[worker % clients.Length].PostEmptyAsync(address, body);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.NoContent)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        return Summarise(latencies, failures, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// One submission at a time, a little more than the feed's least interval apart (judges at a meeting submit
    /// seconds apart): from sending it to the first board on the screen that includes it.
    /// </summary>
    private static async Task<Latency> ToScreenAsync(JudgeClient[] clients, ConcurrentQueue<(int Judge, int Entry)> pairs, BoardWatcher screen, int samples)
    {
        var latencies = new List<double>();
        for (var i = 0; i < samples && pairs.TryDequeue(out var pair); i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await clients[pair.Judge - 1].SubmitAsync(Round, ScoringRoundRecipe.Stage, ScoringRoundRecipe.Entry(pair.Entry),
                ScoringRoundRecipe.Scores(pair.Judge, pair.Entry), $"bench/{pair.Judge}/{pair.Entry}");
            var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var arrived = await screen.ArrivalOfAsync((long)answer["ledgerSequence"]!, TimeSpan.FromSeconds(30));
            latencies.Add((arrived - started) * 1000.0 / Stopwatch.Frequency);
            await Task.Delay(300);
        }

        return new Latency(Percentile(latencies, 50), Percentile(latencies, 99));
    }

    /// <summary>The yardstick: an empty POST that publishes in process, to the screen's event.</summary>
    private static async Task<Latency> PublishAsync(Yardstick yardstick, int samples)
    {
        await using var screen = await BoardWatcher.StartAsync(new Uri(yardstick.Root, "/events"));
        using var http = new HttpClient { BaseAddress = yardstick.Root };
        var latencies = new List<double>();
        for (var i = 1; i <= samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync(new Uri($"/publish?n={i}", UriKind.Relative), null);
            var arrived = await screen.ArrivalOfAsync(i, TimeSpan.FromSeconds(30));
            latencies.Add((arrived - started) * 1000.0 / Stopwatch.Frequency);
        }

        return new Latency(Percentile(latencies, 50), Percentile(latencies, 99));
    }

    private static Throughput Summarise(ConcurrentBag<double> latencies, int failures, double seconds)
    {
        var sorted = latencies.ToList();
        return new Throughput(sorted.Count, failures, seconds, Percentile(sorted, 50), Percentile(sorted, 99));
    }

    private static int Int(string[] args, string name, int fallback) =>
        int.Parse(Option(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
}
