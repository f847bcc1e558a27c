using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Showcase.Testing;

/// <summary>
/// A real Showcase host in its own process, started from the built <c>Showcase.Web.dll</c>, with a fresh
/// data folder and free loopback ports for the web (HTTP/1.1) and gRPC (HTTP/2) endpoints.
/// Everything it prints is kept in <see cref="Output"/> (the first admin password among it).
/// </summary>
public sealed class ShowcaseProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly bool _ownsDataDir;

    private ShowcaseProcess(Process process, string dataDir, bool ownsDataDir, int webPort, int grpcPort)
    {
        _process = process;
        DataDir = dataDir;
        _ownsDataDir = ownsDataDir;
        WebUrl = new Uri($"http://127.0.0.1:{webPort}");
        GrpcUrl = new Uri($"http://127.0.0.1:{grpcPort}");
    }

    public string DataDir { get; }

    public Uri WebUrl { get; }

    public Uri GrpcUrl { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>How many characters <see cref="Output"/> holds now: a mark for <see cref="OutputSince"/>.</summary>
    public int OutputLength
    {
        get
        {
            lock (_output)
            {
                return _output.Length;
            }
        }
    }

    /// <summary>What the host printed after <paramref name="mark"/> (an earlier <see cref="OutputLength"/>).</summary>
    public string OutputSince(int mark)
    {
        lock (_output)
        {
            return _output.ToString(Math.Min(mark, _output.Length), _output.Length - Math.Min(mark, _output.Length));
        }
    }

    /// <summary>The repository root (the folder holding Showcase.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Starts the host and waits until <c>/healthz</c> answers 200 and the partner API is mapped.</summary>
    /// <param name="settings">Extra configuration, e.g. <c>["Showcase:SeedDemoData"] = "false"</c>.</param>
    /// <param name="dataDir">An existing data folder to use (kept afterwards); default a new temporary one (deleted).</param>
    public static async Task<ShowcaseProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null, string? dataDir = null, TimeSpan? timeout = null)
    {
        var ownsDataDir = dataDir is null;
        dataDir ??= Directory.CreateTempSubdirectory("showcase-test-").FullName;
        var webPort = FreePort();
        var grpcPort = FreePort();
        var info = StartInfo();
        info.ArgumentList.Add($"--Showcase:DataDir={dataDir}");
        info.ArgumentList.Add($"--Kestrel:Endpoints:Web:Url=http://127.0.0.1:{webPort}");
        info.ArgumentList.Add($"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpcPort}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var host = new ShowcaseProcess(process, dataDir, ownsDataDir, webPort, grpcPort);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Generous: a first start applies every migration and the default recipe, and a loaded two-core
        // machine (tests running beside a build) can take minutes; a healthy host answers long before.
        await host.WaitUntilHealthyAsync(timeout ?? TimeSpan.FromSeconds(300));
        return host;
    }

    /// <summary>Runs a CLI verb against a data folder and returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunVerbAsync(string dataDir, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? settings = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = StartInfo();
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add("--data-dir");
        info.ArgumentList.Add(dataDir);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary><c>dotnet Showcase.Web.dll</c>, run from the web project's folder so it finds its appsettings.json.</summary>
    private static ProcessStartInfo StartInfo()
    {
        var info = DotnetStartInfo();
        info.WorkingDirectory = Path.Combine(RepositoryRoot, "src", "Showcase.Web");
        info.ArgumentList.Add(WebAssemblyPath());
        return info;
    }

    /// <summary>
    /// <c>dotnet</c> with output redirected; under <c>taskset -c $SHOWCASE_PROCESS_CPUS</c> when that variable is set,
    /// so that a benchmark can keep the server on one core and its load on another.
    /// </summary>
    public static ProcessStartInfo DotnetStartInfo()
    {
        var cpus = Environment.GetEnvironmentVariable("SHOWCASE_PROCESS_CPUS");
        var info = new ProcessStartInfo(string.IsNullOrEmpty(cpus) ? "dotnet" : "taskset")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!string.IsNullOrEmpty(cpus))
        {
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(cpus);
            info.ArgumentList.Add("dotnet");
        }

        return info;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Showcase exited with code {_process.ExitCode} before it was healthy:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(WebUrl, "/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    // The partner API is mapped just after the first response: until then /v1/ answers 503.
                    using var api = await http.GetAsync(new Uri(WebUrl, "/v1/"));
                    if (api.StatusCode != HttpStatusCode.ServiceUnavailable)
                    {
                        return;
                    }
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Showcase was not healthy within {timeout}:\n{Output}");
    }

    /// <summary>
    /// The first match of <paramref name="pattern"/> in what the host printed. Lines printed before the host answered
    /// <c>/healthz</c> (the first administrator's password) may reach <see cref="Output"/> a little later.
    /// </summary>
    public async Task<Match> WaitForOutputAsync(Regex pattern)
    {
        for (var i = 0; i < 50; i++)
        {
            if (pattern.Match(Output) is { Success: true } match)
            {
                return match;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Nothing matching {pattern} in the output:\n{Output}");
    }

    /// <summary>Ends the host at once with SIGKILL, as a crash or a pulled plug would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_ownsDataDir)
        {
            try
            {
                Directory.Delete(DataDir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The Showcase.Web.dll built beside the tests (same configuration).</summary>
    private static string WebAssemblyPath()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(RepositoryRoot, "src", "Showcase.Web", "bin", configuration, "net10.0", "Showcase.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build src/Showcase.Web first: {path} is missing.");
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
