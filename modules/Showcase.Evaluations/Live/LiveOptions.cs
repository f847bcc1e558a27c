namespace Showcase.Evaluations.Live;

/// <summary><c>Showcase:Evaluations:Live</c>: how the big screen's event stream behaves.</summary>
public sealed class LiveOptions
{
    public const string Section = "Showcase:Evaluations:Live";

    /// <summary>
    /// How long one event stream stays open before the server ends it and the screen reconnects (with its
    /// <c>Last-Event-ID</c>). Bounded so that proxies and load balancers never hold a stream for ever.
    /// </summary>
    public TimeSpan StreamLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A comment line is sent when nothing else was for this long, so dead connections are noticed.</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Frames waiting for one screen; past this the oldest is dropped (a newer frame holds everything).</summary>
    public int QueueLength { get; set; } = 4;
}
