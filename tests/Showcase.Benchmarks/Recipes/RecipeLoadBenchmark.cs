using System.Diagnostics;
using System.Globalization;
using Showcase.Leaderboards.Tests;
using static Showcase.Benchmarks.BenchmarkArgs;
using static Showcase.Benchmarks.Statistics;

namespace Showcase.Benchmarks.Recipes;

/// <summary>
/// <c>dotnet run -c Release --project tests/Showcase.Benchmarks -- recipeload [--entries 250,500,1000] [--rounds 3]</c>
/// <para>
/// How long recipes take to load n published brands (with their organisation tree and judges), then one round of n
/// entries with about three scorecards each (the data the leaderboard benchmark loads), for each n, on a fresh host. The
/// smallest size is the baseline: from one size to the next, a load that grows as the items do takes as many times
/// longer as there are times more items (2 for twice as many); one that grows as their square takes 4.
/// </para>
/// </summary>
public static class RecipeLoadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = Option(args, "--entries", "250,500,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
        var rounds = int.Parse(Option(args, "--rounds", "3"), CultureInfo.InvariantCulture);

        // The first load of the process also compiles the code it runs: not counted.
        await LoadAsync(Math.Min(50, sizes[0]));
        var brands = sizes.ToDictionary(n => n, _ => new List<double>());
        var round = sizes.ToDictionary(n => n, _ => new List<double>());
        for (var i = 1; i <= rounds; i++)
        {
            foreach (var n in sizes)
            {
                var (brandsMs, roundMs) = await LoadAsync(n);
                brands[n].Add(brandsMs);
                round[n].Add(roundMs);
                Console.WriteLine($"round {i}: {n} brands loaded in {brandsMs:0} ms, a round of {n} entries in {roundMs:0} ms");
            }
        }

        Report("brands", sizes, brands);
        Report("round entries", sizes, round);
        return 0;
    }

    private static void Report(string what, List<int> sizes, Dictionary<int, List<double>> times)
    {
        Console.WriteLine();
        Console.WriteLine($"{what,14}   median ms   ms per item   time ratio to the previous size   items ratio");
        for (var i = 0; i < sizes.Count; i++)
        {
            var median = Median(times[sizes[i]]);
            var ratio = i == 0 ? "" : (median / Median(times[sizes[i - 1]])).ToString("0.00", CultureInfo.InvariantCulture);
            var items = i == 0 ? "" : ((double)sizes[i] / sizes[i - 1]).ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine($"{sizes[i],14} {median,11:0} {median / sizes[i],13:0.00} {ratio,33} {items,13}");
        }
    }

    private static async Task<(double Brands, double Round)> LoadAsync(int entries)
    {
        await using var host = await LeaderboardsHost.StartAsync(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        var started = Stopwatch.GetTimestamp();
        await host.RunRecipeAsync(TestRecipes.Base(entries));
        var brands = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        started = Stopwatch.GetTimestamp();
        await host.RunRecipeAsync(TestRecipes.BigRound(entries));
        return (brands, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
