using Showcase.Testing;
using Xunit.Abstractions;

namespace Showcase.E2E;

/// <summary>
/// What the host printed during one test, written to the test's output when the test ends. The test runner shows a
/// test's output with its failure, so a page that timed out comes with the requests the host saw meanwhile (the hosts
/// here log every request's start and end, see <see cref="HostSettings"/>) and whatever it logged beside them.
/// </summary>
public sealed class HostTranscript : IDisposable
{
    private readonly ShowcaseProcess? _host;
    private readonly ITestOutputHelper _output;
    private readonly int _mark;

    public HostTranscript(ShowcaseProcess? host, ITestOutputHelper output)
    {
        _host = host;
        _output = output;
        _mark = host?.OutputLength ?? 0;
    }

    /// <summary>
    /// The settings every browser test's host starts with, and <paramref name="settings"/>: ASP.NET Core's request log
    /// (one line when a request starts, one with its status and time when it ends) at Information.
    /// </summary>
    public static Dictionary<string, string> HostSettings(IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string> { ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        return all;
    }

    public void Dispose()
    {
        if (_host is null)
        {
            return;
        }

        _output.WriteLine($"The host ({_host.WebUrl}) printed during this test:");
        _output.WriteLine(_host.OutputSince(_mark));
    }
}
