using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private static readonly string RepositoryRoot = FindRepositoryRoot();
    private static readonly HttpClient Http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(10) };

    private string _preparedDataDir = "";
    private string? _freshDataDir;
    private Process? _process;

    public static IEnumerable<string> ShowcasePaths() => [Environment.GetEnvironmentVariable("SHOWCASE_COLDSTART_PATH") is { Length: > 0 } path ? path : "/"];

    [ParamsSource(nameof(ShowcasePaths))]
    public string ShowcasePath { get; set; } = "/";

    [GlobalSetup(Target = nameof(ShowcaseRestart))]
    public async Task PrepareAsync()
    {
        _preparedDataDir = Directory.CreateTempSubdirectory("showcase-coldstart-").FullName;
        await ShowcaseAsync(_preparedDataDir); // the first start: database, migrations, first-start tasks
        Stop();
    }

    [IterationSetup(Target = nameof(ShowcaseFirstStart))]
    public void CreateFreshDataDir() => _freshDataDir = Directory.CreateTempSubdirectory("showcase-coldstart-").FullName;

    [Benchmark(Baseline = true, Description = "Bare ASP.NET Core, /")]
    public Task BareAspNetCore()
    {
        var port = FreePort();
        return StartAndWaitAsync(AppDll("Showcase.Benchmarks.BareApp"), [$"--urls=http://127.0.0.1:{port}"], new Uri($"http://127.0.0.1:{port}/"));
    }

    [Benchmark(Description = "Showcase, restart")]
    public Task ShowcaseRestart() => ShowcaseAsync(_preparedDataDir);

    [Benchmark(Description = "Showcase, first start")]
    public Task ShowcaseFirstStart() => ShowcaseAsync(_freshDataDir!);

    [IterationCleanup]
    public void Stop()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
            _process = null;
        }

        if (_freshDataDir is not null)
        {
            Delete(_freshDataDir);
            _freshDataDir = null;
        }
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        Stop();
        if (_preparedDataDir.Length > 0)
        {
            Delete(_preparedDataDir);
            _preparedDataDir = "";
        }
    }

    private Task ShowcaseAsync(string dataDir)
    {
        var web = FreePort();
        var grpc = FreePort();
        return StartAndWaitAsync(
            AppDll("Showcase.Web"),
            [$"--Showcase:DataDir={dataDir}", $"--Kestrel:Endpoints:Web:Url=http://127.0.0.1:{web}", $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpc}"],
            new Uri($"http://127.0.0.1:{web}{ShowcasePath}"));
    }

    /// <summary>Starts the app as an operator would (<c>dotnet app.dll</c> in its folder) and polls <paramref name="url"/> until it answers 200.</summary>
    private async Task StartAndWaitAsync(string dll, string[] arguments, Uri url)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(info)!;
        _process = process;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < Patience)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} exited with code {process.ExitCode} before answering {url}.");
            }

            try
            {
                using var response = await Http.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"{Path.GetFileName(dll)} did not answer 200 on {url} within {Patience}.");
    }

    private static string AppDll(string project)
    {
        var path = Path.Combine(RepositoryRoot, project.StartsWith("Showcase.Benchmarks", StringComparison.Ordinal) ? "tests" : "src", project, "bin", "Release", "net10.0", project + ".dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} is missing. Build it first: dotnet build -c Release src/Showcase.Web && dotnet build -c Release tests/Showcase.Benchmarks.BareApp");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Showcase.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Showcase.sln not found above " + AppContext.BaseDirectory);
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
