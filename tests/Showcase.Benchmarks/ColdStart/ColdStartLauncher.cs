using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Showcase.Benchmarks.ColdStart;

/// <summary>
/// Starts a built app as an operator would (<c>dotnet app.dll</c> in its folder) and polls a URL until it answers 200;
/// shared by the BenchmarkDotNet <see cref="ColdStartBenchmark"/> and the interleaved <see cref="ColdStartRounds"/>.
/// </summary>
public sealed class ColdStartLauncher
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);
    private static readonly HttpClient Http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<string> _output = [];
    private Process? _process;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The bare app's dll; by default its Release build.</summary>
    public string BareDll { get; init; } = AppDll("Showcase.Benchmarks.BareApp");

    /// <summary>Showcase's dll; by default the Release build of <c>src/Showcase.Web</c>.</summary>
    public string ShowcaseDll { get; init; } = AppDll("Showcase.Web");

    /// <summary>The lines the process has written so far (standard output and error).</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>The stack floor's dll (<c>Showcase.Benchmarks.StackApp</c>), when measured; a publish of it, like Showcase's.</summary>
    public string? StackDll { get; init; }

    /// <summary>Starts the stack floor on <paramref name="dataDir"/> (its database made there by its first start) and waits for its 200 on <c>/</c>.</summary>
    public Task<TimeSpan> StackAsync(string dataDir) =>
        ShowcaseAsync(StackDll ?? throw new InvalidOperationException("No stack floor was given."), dataDir, "/");

    /// <summary>Starts the bare ASP.NET Core app and waits for its 200 on <c>/</c>; returns the time from starting the process.</summary>
    public Task<TimeSpan> BareAsync()
    {
        var port = FreePort();
        return StartAndWaitAsync(BareDll, [$"--urls=http://127.0.0.1:{port}"], new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Starts Showcase on <paramref name="dataDir"/> and waits for its 200 on <paramref name="path"/>.</summary>
    public Task<TimeSpan> ShowcaseAsync(string dataDir, string path, params string[] extra) => ShowcaseAsync(ShowcaseDll, dataDir, path, extra);

    /// <summary>Starts the Showcase build <paramref name="dll"/> (e.g. a copy of an earlier build) on <paramref name="dataDir"/>.</summary>
    public Task<TimeSpan> ShowcaseAsync(string dll, string dataDir, string path, params string[] extra)
    {
        var web = FreePort();
        var grpc = FreePort();
        return StartAndWaitAsync(
            dll,
            [$"--Showcase:DataDir={dataDir}", $"--Kestrel:Endpoints:Web:Url=http://127.0.0.1:{web}", $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpc}", .. extra],
            new Uri($"http://127.0.0.1:{web}{path}"));
    }

    /// <summary>Stops the process started last, if it still runs.</summary>
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
    }

    /// <summary>Whether <paramref name="dll"/>'s runtimeconfig names the frameworks it carries rather than those it needs.</summary>
    private static bool IsSelfContained(string dll)
    {
        var config = Path.ChangeExtension(dll, ".runtimeconfig.json");
        return File.Exists(config) && File.ReadAllText(config).Contains("\"includedFrameworks\"", StringComparison.Ordinal);
    }

    private async Task<TimeSpan> StartAndWaitAsync(string dll, string[] arguments, Uri url)
    {
        Stop();
        lock (_output)
        {
            _output.Clear();
        }

        // A self-contained publish (its runtime in the folder) starts by its own executable; the others by `dotnet`.
        var executable = Path.ChangeExtension(dll, null);
        var selfContained = File.Exists(executable) && IsSelfContained(dll);
        var info = new ProcessStartInfo(selfContained ? executable : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!selfContained)
        {
            info.ArgumentList.Add(dll);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info)!;
        _process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        while (clock.Elapsed < Patience)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} exited with code {process.ExitCode} before answering {url}:{Environment.NewLine}{string.Join(Environment.NewLine, Output.TakeLast(30))}");
            }

            try
            {
                using var response = await Http.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return clock.Elapsed;
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

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
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

    public static void Delete(string directory)
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
}
