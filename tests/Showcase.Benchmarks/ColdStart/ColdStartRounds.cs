using System.Globalization;
using System.Text.RegularExpressions;

namespace Showcase.Benchmarks.ColdStart;

/// <summary>
/// <c>dotnet run -c Release --project tests/Showcase.Benchmarks -- coldstart [--rounds 5] [--path /] [--timeline]</c>:
/// the cold-start figures in minutes rather than BenchmarkDotNet's half hour.
/// <para>
/// One data folder is prepared by a first start; then each round starts the bare app, Showcase on the prepared folder
/// (restart) and Showcase on a fresh folder (first start, with the default recipe's demo data), the order rotating
/// from round to round, so that a neighbour's build falls on all three alike. Each round's ratios are taken within
/// the round; the medians of the times and of the ratios are printed, with the load average before and after.
/// <c>--timeline</c> asks Showcase for its start-up timeline at Debug level and prints each phase's median over the
/// rounds (the console logger adds a little to both Showcase figures).
/// </para>
/// </summary>
public static partial class ColdStartRounds
{
    private static readonly string[] Kinds = ["bare", "restart", "first start"];

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = int.Parse(Option(args, "--rounds", "5"), CultureInfo.InvariantCulture);
        var path = Option(args, "--path", "/");
        var timeline = args.Contains("--timeline");
        string[] extra = timeline ? ["--Logging:LogLevel:Showcase.Core.Hosting.StartupTimeline=Debug"] : [];

        Console.WriteLine($"load average before: {LoadAverage()}");
        var launcher = new ColdStartLauncher();
        var prepared = Directory.CreateTempSubdirectory("showcase-coldstart-").FullName;
        var times = Kinds.ToDictionary(k => k, _ => new List<double>());
        var phases = new Dictionary<string, Dictionary<string, List<double>>> { ["restart"] = [], ["first start"] = [] };
        try
        {
            // Prepares the restart's folder; also a warm-up of the disk cache for all three.
            var first = await launcher.ShowcaseAsync(prepared, path);
            launcher.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prepared {prepared} (first start {first.TotalSeconds:F2} s)"));
            await launcher.BareAsync();
            launcher.Stop();

            for (var round = 0; round < rounds; round++)
            {
                var line = new List<string>();
                for (var i = 0; i < Kinds.Length; i++)
                {
                    var kind = Kinds[(round + i) % Kinds.Length];
                    string? fresh = null;
                    TimeSpan took;
                    try
                    {
                        switch (kind)
                        {
                            case "bare":
                                took = await launcher.BareAsync();
                                break;
                            case "restart":
                                took = await launcher.ShowcaseAsync(prepared, path, extra);
                                break;
                            default:
                                fresh = Directory.CreateTempSubdirectory("showcase-coldstart-").FullName;
                                took = await launcher.ShowcaseAsync(fresh, path, extra);
                                break;
                        }

                        if (timeline && kind != "bare")
                        {
                            // The first request's mark is written when its response completes, just after the client has it.
                            await Task.Delay(300);
                            Collect(launcher.Output, phases[kind]);
                        }
                    }
                    finally
                    {
                        launcher.Stop();
                        if (fresh is not null)
                        {
                            ColdStartLauncher.Delete(fresh);
                        }
                    }

                    times[kind].Add(took.TotalSeconds);
                    line.Add(string.Create(CultureInfo.InvariantCulture, $"{kind} {took.TotalSeconds:F2} s"));
                }

                var bare = times["bare"][^1];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round + 1}: {string.Join(", ", line)}; restart/bare {times["restart"][^1] / bare:F2}, first start/bare {times["first start"][^1] / bare:F2}; load {LoadAverage()}"));
            }
        }
        finally
        {
            launcher.Stop();
            ColdStartLauncher.Delete(prepared);
        }

        Console.WriteLine();
        Console.WriteLine($"{"",12} {"median s",9} {"min s",7} {"max s",7} {"ratio (median of rounds)",26}");
        foreach (var kind in Kinds)
        {
            var ratios = times[kind].Zip(times["bare"], (t, b) => t / b).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,12} {Median(times[kind]),9:F2} {times[kind].Min(),7:F2} {times[kind].Max(),7:F2} {Median(ratios),26:F2}"));
        }

        Console.WriteLine($"load average after: {LoadAverage()}");
        if (timeline)
        {
            foreach (var (kind, byPhase) in phases)
            {
                Console.WriteLine();
                Console.WriteLine($"timeline, {kind} (median ms of {rounds} rounds):");
                foreach (var (phase, took) in byPhase)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Median(took),7:F0}  {phase}"));
                }
            }
        }

        return 0;
    }

    private static void Collect(IReadOnlyList<string> output, Dictionary<string, List<double>> byPhase)
    {
        foreach (var line in output)
        {
            var match = PhaseLine().Match(line);
            if (match.Success)
            {
                var phase = match.Groups["phase"].Value;
                if (!byPhase.TryGetValue(phase, out var took))
                {
                    byPhase[phase] = took = [];
                }

                took.Add(double.Parse(match.Groups["took"].Value, CultureInfo.InvariantCulture));
            }
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    [GeneratedRegex(@"Start-up: (?<phase>.+) took (?<took>\d+) ms \(at")]
    private static partial Regex PhaseLine();
}
