using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Showcase.Core.Hosting;

/// <summary>
/// Where the time of a start goes: each phase (module discovery, building the host, the migration check
/// of each module context, each startup task, Kestrel, Quartz, the first request) with its duration and the
/// time since the process started, written at Debug level by <c>Showcase.Core.Hosting.StartupTimeline</c>
/// (<c>--Logging:LogLevel:Showcase.Core.Hosting.StartupTimeline=Debug</c>).
/// </summary>
/// <remarks>
/// Phases before the host is built have no logger yet; they are kept and written when
/// <see cref="AttachLogger"/> is called. Thread-safe: the first request and the hosted services may mark at once.
/// </remarks>
public sealed class StartupTimeline
{
    private readonly Lock _lock = new();
    private readonly AsyncLocal<Lane?> _lane = new();
    private readonly List<(string Phase, double Took, double At)> _pending = [];
    private readonly DateTime _processStartUtc;
    private long _last;
    private ILogger? _logger;

    public StartupTimeline()
    {
        // The first phase (the runtime's start, before any Showcase code) is timed from the process's start.
        _processStartUtc = ProcessStartUtc();
        _last = Stopwatch.GetTimestamp() - (long)(SinceProcessStartMs * Stopwatch.Frequency / 1000);
    }

    /// <summary>Milliseconds since the process started (runtime start-up included).</summary>
    public double SinceProcessStartMs => (DateTime.UtcNow - _processStartUtc).TotalMilliseconds;

    /// <summary>Records that <paramref name="phase"/> has just ended; its duration is the time since the previous mark of its lane.</summary>
    public void Mark(string phase) => Record(phase, always: true);

    /// <summary>Starts a phase now: the time since the previous mark is written as <paramref name="gap"/> first, when it is worth a line.</summary>
    public void Begin(string gap) => Record(gap, always: false);

    /// <summary>
    /// Times the phases of the calling flow (a thread and the tasks it awaits) apart from the main one's, from now:
    /// their lines are named <c>{lane}: {phase}</c>, and each one's duration is the time since the previous mark
    /// of the same lane. Work done beside the main thread would otherwise share its clock and blur both.
    /// </summary>
    public void BeginLane(string name) => _lane.Value = new Lane(name, Stopwatch.GetTimestamp());

    private void Record(string phase, bool always)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            double took;
            if (_lane.Value is { } lane)
            {
                took = Stopwatch.GetElapsedTime(lane.Last, now).TotalMilliseconds;
                lane.Last = now;
                phase = $"{lane.Name}: {phase}";
            }
            else
            {
                took = Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds;
                _last = now;
            }

            if (always || took >= 1)
            {
                Write(phase, took, SinceProcessStartMs);
            }
        }
    }

    /// <summary>Writes the phases kept so far, and every later one as it ends.</summary>
    public void AttachLogger(ILogger<StartupTimeline> logger)
    {
        lock (_lock)
        {
            _logger = logger;
            foreach (var (phase, took, at) in _pending)
            {
                Log(logger, phase, took, at);
            }

            _pending.Clear();
        }
    }

    private void Write(string phase, double took, double at)
    {
        if (_logger is { } logger)
        {
            Log(logger, phase, took, at);
        }
        else
        {
            _pending.Add((phase, took, at));
        }
    }

    private static void Log(ILogger logger, string phase, double took, double at) =>
        logger.LogDebug("Start-up: {Phase} took {TookMs:F0} ms (at {AtMs:F0} ms since the process started)", phase, took, at);

    private static DateTime ProcessStartUtc()
    {
        try
        {
            using var process = Process.GetCurrentProcess();
            return process.StartTime.ToUniversalTime();
        }
        catch (InvalidOperationException)
        {
            return DateTime.UtcNow;
        }
        catch (NotSupportedException)
        {
            return DateTime.UtcNow;
        }
    }

    private sealed class Lane(string name, long start)
    {
        public string Name { get; } = name;

        public long Last { get; set; } = start;
    }

    /// <summary>The timeline of <paramref name="builder"/>'s host, created by the first caller.</summary>
    public static StartupTimeline Of(WebApplicationBuilder builder)
    {
        if (builder.Host.Properties.TryGetValue(typeof(StartupTimeline), out var existing) && existing is StartupTimeline timeline)
        {
            return timeline;
        }

        timeline = new StartupTimeline();
        timeline.Mark("runtime start and host builder");
        builder.Host.Properties[typeof(StartupTimeline)] = timeline;
        builder.Services.AddSingleton(timeline);
        builder.Services.AddHostedService<StartupTimelineService>();
        return timeline;
    }
}
