using System.Diagnostics;
using System.Globalization;
using Showcase.Leaderboards.Tests;
using static Showcase.Benchmarks.BenchmarkArgs;
using static Showcase.Benchmarks.Statistics;

namespace Showcase.Benchmarks.Recipes;

/// <summary>
/// <c>dotnet run -c Release --project tests/Showcase.Benchmarks -- recipeload [--entries 250,500,1000] [--rounds 3]</c>
/// <para>
/// How long a recipe's <c>rounds</c> step takes to load one round of n entries, with about three scorecards each, on a
/// host that holds n published brands (the rounds the leaderboard benchmark loads), for each n. The smallest size is the
/// baseline: from one size to the next, a load that grows as the entries do takes as many times longer as there are
/// times more entries (2 for twice as many); one that grows as their square takes 4.
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
        var times = sizes.ToDictionary(n => n, _ => new List<double>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var n in sizes)
            {
                var ms = await LoadAsync(n);
                times[n].Add(ms);
                Console.WriteLine($"round {round}: {n} entries loaded in {ms:0} ms");
            }
        }

        Console.WriteLine();
        Console.WriteLine("entries   median ms   ms per entry   time ratio to the previous size   entries ratio");
        for (var i = 0; i < sizes.Count; i++)
        {
            var median = Median(times[sizes[i]]);
            var ratio = i == 0 ? "" : (median / Median(times[sizes[i - 1]])).ToString("0.00", CultureInfo.InvariantCulture);
            var entries = i == 0 ? "" : ((double)sizes[i] / sizes[i - 1]).ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine($"{sizes[i],7} {median,11:0} {median / sizes[i],14:0.00} {ratio,33} {entries,15}");
        }

        return 0;
    }

    private static async Task<double> LoadAsync(int entries)
    {
        await using var host = await LeaderboardsHost.StartAsync(
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" },
            recipes: [TestRecipes.Base(entries)]);
        var started = Stopwatch.GetTimestamp();
        await host.RunRecipeAsync(TestRecipes.BigRound(entries));
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
