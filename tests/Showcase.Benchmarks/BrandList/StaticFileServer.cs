using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Showcase.Testing;

namespace Showcase.Benchmarks.BrandList;

/// <summary>
/// The yardstick: a bare ASP.NET Core app (<c>Showcase.Benchmarks.BareApp</c>, Release) serving one folder of
/// static files on a free loopback port, as its own process like the Showcase host, so that both are pinned
/// the same way (<c>SHOWCASE_PROCESS_CPUS</c>) and neither shares a process with the load.
/// </summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    private readonly Process _process;

    private StaticFileServer(Process process, Uri root)
    {
        _process = process;
        Root = root;
    }

    public Uri Root { get; }

    public static async Task<StaticFileServer> StartAsync(string folder)
    {
        var port = FreePort();
        var info = ShowcaseProcess.DotnetStartInfo();
        var dll = Path.Combine(ShowcaseProcess.RepositoryRoot, "tests", "Showcase.Benchmarks.BareApp", "bin", "Release", "net10.0", "Showcase.Benchmarks.BareApp.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build it first: dotnet build -c Release tests/Showcase.Benchmarks.BareApp ({dll} is missing)");
        }

        info.WorkingDirectory = Path.GetDirectoryName(dll)!;
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        info.ArgumentList.Add($"--StaticRoot={folder}");
        info.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        info.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var root = new Uri($"http://127.0.0.1:{port}");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await http.GetAsync(root);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new StaticFileServer(process, root);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(50);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The static file server did not start.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
