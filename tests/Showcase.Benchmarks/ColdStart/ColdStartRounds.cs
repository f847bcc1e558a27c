using System.Globalization;
using System.Text.RegularExpressions;
using static Showcase.Benchmarks.BenchmarkArgs;
using static Showcase.Benchmarks.Statistics;

namespace Showcase.Benchmarks.ColdStart;

/// <summary>
/// <c>dotnet run -c Release --project tests/Showcase.Benchmarks -- coldstart [--rounds 5] [--path /] [--timeline]
/// [--before &lt;folder of an earlier Showcase.Web build&gt;] [--showcase &lt;folder&gt;] [--bare &lt;folder&gt;] [--stack &lt;folder&gt;]</c>:
/// the cold-start figures in minutes rather than BenchmarkDotNet's half hour.
/// <para>
/// One data folder is prepared by a first start; then each round starts the bare app, Showcase on the prepared folder
/// (restart) and Showcase on a fresh folder (first start, with the default recipe's demo data), the order rotating
/// from round to round, so that a neighbour's build falls on all three alike. Each round's ratios are taken within
/// the round; the medians of the times and of the ratios are printed, with the load average before and after.
/// <c>--timeline</c> asks Showcase for its start-up timeline at Debug level and prints each phase's median over the
/// rounds (the console logger adds a little to both Showcase figures). <c>--before</c> adds a restart and a first start
/// of an earlier build (a copy of <c>src/Showcase.Web/bin/Release/net10.0</c>) to every round, so that a change is
/// compared with what it changed under the same load. <c>--showcase</c> and <c>--bare</c> start the apps from other
/// folders than their Release builds, e.g. <c>dotnet publish -c Release -r linux-x64 -p:PublishReadyToRun=true -o …</c>.
/// <c>--stack</c> adds the stack floor to every round: a publish of <c>tests/Showcase.Benchmarks.StackApp</c> (the design
/// card's packages alone: a Razor page reading SQLite through EF Core, gRPC with JSON transcoding, Quartz), restarted
/// on a database its own first start made, so that Showcase's restart is also compared with what its stack costs.
/// </para>
/// </summary>
public static partial class ColdStartRounds
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = int.Parse(Option(args, "--rounds", "5"), CultureInfo.InvariantCulture);
        var path = Option(args, "--path", "/");
        var timeline = args.Contains("--timeline");
        var before = Option(args, "--before", "") is { Length: > 0 } folder ? Path.Combine(Path.GetFullPath(folder), "Showcase.Web.dll") : null;
        var stack = Option(args, "--stack", "") is { Length: > 0 } stackFolder ? Path.Combine(Path.GetFullPath(stackFolder), "Showcase.Benchmarks.StackApp.dll") : null;
        string[] kinds = ["bare", .. stack is null ? Array.Empty<string>() : ["stack floor"], "restart", "first start", .. before is null ? Array.Empty<string>() : ["restart (before)", "first start (before)"]];
        string[] extra = timeline ? ["--Logging:LogLevel:Showcase.Core.Hosting.StartupTimeline=Debug"] : [];

        Console.WriteLine($"load average before: {LoadAverage()}");
        var defaults = new ColdStartLauncher();
        var launcher = new ColdStartLauncher
        {
            ShowcaseDll = Option(args, "--showcase", "") is { Length: > 0 } showcase ? Path.Combine(Path.GetFullPath(showcase), "Showcase.Web.dll") : defaults.ShowcaseDll,
            BareDll = Option(args, "--bare", "") is { Length: > 0 } bareApp ? Path.Combine(Path.GetFullPath(bareApp), "Showcase.Benchmarks.BareApp.dll") : defaults.BareDll,
            StackDll = stack,
        };
        Console.WriteLine($"Showcase: {launcher.ShowcaseDll}{(before is null ? "" : $", before: {before}")}; bare: {launcher.BareDll}{(stack is null ? "" : $"; stack floor: {stack}")}");
        var prepared = Directory.CreateTempSubdirectory("showcase-coldstart-").FullName;
        var stackData = Directory.CreateTempSubdirectory("showcase-coldstart-stack-").FullName;
        var times = kinds.ToDictionary(k => k, _ => new List<double>());
        var phases = kinds.Where(k => k is not "bare" and not "stack floor").ToDictionary(k => k, _ => new Dictionary<string, List<double>>());
        try
        {
            // Prepares the restart's folder; also a warm-up of the disk cache for all three.
            // A folder prepared by the current build; an earlier build restarts on it too (the same migrations, or fewer).
            var first = await launcher.ShowcaseAsync(prepared, path);
            launcher.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prepared {prepared} (first start {first.TotalSeconds:F2} s)"));
            await launcher.BareAsync();
            launcher.Stop();
            if (stack is not null)
            {
                await launcher.StackAsync(stackData);
                launcher.Stop();
            }

            for (var round = 0; round < rounds; round++)
            {
                var line = new List<string>();
                for (var i = 0; i < kinds.Length; i++)
                {
                    var kind = kinds[(round + i) % kinds.Length];
                    string? fresh = null;
                    TimeSpan took;
                    try
                    {
                        switch (kind)
                        {
                            case "bare":
                                took = await launcher.BareAsync();
                                break;
                            case "stack floor":
                                took = await launcher.StackAsync(stackData);
                                break;
                            case "restart":
                                took = await launcher.ShowcaseAsync(prepared, path, extra);
                                break;
                            case "restart (before)":
                                took = await launcher.ShowcaseAsync(before!, prepared, path, extra);
                                break;
                            case "first start":
                                fresh = Directory.CreateTempSubdirectory("showcase-coldstart-").FullName;
                                took = await launcher.ShowcaseAsync(fresh, path, extra);
                                break;
                            default:
                                fresh = Directory.CreateTempSubdirectory("showcase-coldstart-").FullName;
                                took = await launcher.ShowcaseAsync(before!, fresh, path, extra);
                                break;
                        }

                        if (timeline && phases.TryGetValue(kind, out var byPhase))
                        {
                            // The first request's mark is written when its response completes, just after the client has it.
                            await Task.Delay(300);
                            Collect(launcher.Output, byPhase);
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
                var ratios = string.Join(", ", kinds.Skip(1).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k}/bare {times[k][^1] / bare:F2}")));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: {string.Join(", ", line)}; {ratios}; load {LoadAverage()}"));
            }
        }
        finally
        {
            launcher.Stop();
            ColdStartLauncher.Delete(prepared);
            ColdStartLauncher.Delete(stackData);
        }

        Console.WriteLine();
        Console.WriteLine($"{"",21} {"median s",9} {"min s",7} {"max s",7} {"ratio (median of rounds)",26}");
        foreach (var kind in kinds)
        {
            var ratios = times[kind].Zip(times["bare"], (t, b) => t / b).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,21} {Median(times[kind]),9:F2} {times[kind].Min(),7:F2} {times[kind].Max(),7:F2} {Median(ratios),26:F2}"));
        }

        if (stack is not null)
        {
            foreach (var kind in new[] { "restart", "first start" })
            {
                var overStack = times[kind].Zip(times["stack floor"], (showcase, floor) => showcase / floor).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} / stack floor, median of rounds {Median(overStack):F2}"));
            }
        }

        if (before is not null)
        {
            foreach (var kind in new[] { "restart", "first start" })
            {
                var change = times[kind].Zip(times[kind + " (before)"], (now, then) => now / then).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: now / before, median of rounds {Median(change):F2}"));
            }
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

    [GeneratedRegex(@"Start-up: (?<phase>.+) took (?<took>\d+) ms \(at")]
    private static partial Regex PhaseLine();
}
