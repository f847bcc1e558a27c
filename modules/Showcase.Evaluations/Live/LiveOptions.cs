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

    /// <summary>
    /// The least time between two boards of a round. A board is a full recompute of the round's standings; during a
    /// burst of submissions this keeps the feed to a few boards a second (the last change always gets one), so the
    /// screens cost the scorers little. A screen cannot show more than a few changes a second anyway.
    /// </summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
