using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Showcase.Benchmarks.ColdStart;

/// <summary>
/// Cold start: from starting <c>dotnet &lt;app&gt;.dll</c> to the first 200 answer, for Showcase (built, Release)
/// and for an empty ASP.NET Core app started the same way (the baseline, ratio 1.00).
/// <list type="bullet">
/// <item><c>ShowcaseRestart</c>: a data folder prepared once by a full first start — what an operator sees
/// on every restart, the figure to compare with the baseline.</item>
/// <item><c>ShowcaseFirstStart</c>: a fresh data folder each time — adds creating and migrating the database
/// and the first-start tasks (administrator, demo data).</item>
/// </list>
/// Showcase is asked for <see cref="ShowcasePath"/>: environment variable <c>SHOWCASE_COLDSTART_PATH</c>, default
/// <c>/</c>, the public home page. Each iteration is one process start; the
/// first of each is a warm-up (disk cache, JIT of the runtime's own code is not shared between processes).
/// Run: <c>dotnet run -c Release --project tests/Showcase.Benchmarks -- --filter *ColdStart*</c>
/// </summary>
[Config(typeof(Config))]
public class ColdStartBenchmark
{
    private readonly ColdStartLauncher _launcher = new();
    private string _preparedDataDir = "";
    private string? _freshDataDir;

    public static IEnumerable<string> ShowcasePaths() => [Environment.GetEnvironmentVariable("SHOWCASE_COLDSTART_PATH") is { Length: > 0 } path ? path : "/"];

    [ParamsSource(nameof(ShowcasePaths))]
    public string ShowcasePath { get; set; } = "/";

    [GlobalSetup(Target = nameof(ShowcaseRestart))]
    public async Task PrepareAsync()
    {
        _preparedDataDir = Directory.CreateTempSubdirectory("showcase-coldstart-").FullName;
        await _launcher.ShowcaseAsync(_preparedDataDir, ShowcasePath); // the first start: database, migrations, first-start tasks
        Stop();
    }

    [IterationSetup(Target = nameof(ShowcaseFirstStart))]
    public void CreateFreshDataDir() => _freshDataDir = Directory.CreateTempSubdirectory("showcase-coldstart-").FullName;

    [Benchmark(Baseline = true, Description = "Bare ASP.NET Core, /")]
    public Task BareAspNetCore() => _launcher.BareAsync();

    [Benchmark(Description = "Showcase, restart")]
    public Task ShowcaseRestart() => _launcher.ShowcaseAsync(_preparedDataDir, ShowcasePath);

    [Benchmark(Description = "Showcase, first start")]
    public Task ShowcaseFirstStart() => _launcher.ShowcaseAsync(_freshDataDir!, ShowcasePath);

    [IterationCleanup]
    public void Stop()
    {
        _launcher.Stop();
        if (_freshDataDir is not null)
        {
            ColdStartLauncher.Delete(_freshDataDir);
            _freshDataDir = null;
        }
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        Stop();
        if (_preparedDataDir.Length > 0)
        {
            ColdStartLauncher.Delete(_preparedDataDir);
            _preparedDataDir = "";
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process: the work measured happens in the started processes, so BenchmarkDotNet need not
            // build and start a copy of this project (which alone outlasts its build timeout on a busy machine).
            AddJob(Job.Default
                .WithStrategy(RunStrategy.ColdStart)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(15)
                .WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median, StatisticColumn.P90);
            SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond);
        }
    }
}
