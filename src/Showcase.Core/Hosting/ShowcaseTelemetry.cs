using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Showcase.Core.Hosting;

/// <summary>
/// Showcase's own traces and metrics, both named <c>Showcase</c>. Modules start activities from
/// <see cref="Source"/> and create instruments on <see cref="Meter"/> (names <c>showcase.&lt;area&gt;.&lt;what&gt;</c>).
/// </summary>
public static class ShowcaseTelemetry
{
    public const string Name = "Showcase";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    /// <summary>gRPC calls refused by API-key checks, by reason (API_KEY_MISSING, SCOPE_MISSING, RATE_LIMIT_EXCEEDED, ...).</summary>
    internal static Counter<long> ApiKeyRejections { get; } = Meter.CreateCounter<long>("showcase.api.key_rejections", "{call}", "gRPC calls refused by API-key checks");

    /// <summary>Outbox rows carried out after their command committed.</summary>
    internal static Counter<long> OutboxDispatched { get; } = Meter.CreateCounter<long>("showcase.outbox.dispatched", "{message}", "Outbox rows carried out after commit (events delivered, job requests handed to the scheduler)");

    /// <summary>One-off jobs handed to Quartz, by job type.</summary>
    internal static Counter<long> JobsScheduled { get; } = Meter.CreateCounter<long>("showcase.jobs.scheduled", "{job}", "One-off jobs scheduled");

    /// <summary>From a node's announcement (in its command's transaction) to the end of its delivery on another node.</summary>
    internal static Histogram<long> ClusterNotificationLag { get; } = Meter.CreateHistogram<long>(
        "showcase.cluster.notification_lag", "ms", "Time from a node's announcement of an event to its delivery to another node's every-node handlers",
        advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000] });

    /// <summary>Other nodes' events delivered to this node's every-node handlers.</summary>
    internal static Counter<long> ClusterNoticesDelivered { get; } = Meter.CreateCounter<long>("showcase.cluster.notices_delivered", "{event}", "Other nodes' events delivered to this node's every-node handlers");

    /// <summary>Times the listening connection was made again after it was lost.</summary>
    internal static Counter<long> ClusterReconnects { get; } = Meter.CreateCounter<long>("showcase.cluster.reconnects", "{reconnect}", "Times the cluster listening connection was made again");

    /// <summary>Times this node rebuilt its own state from the database (after a reconnect or a failed delivery).</summary>
    internal static Counter<long> ClusterResyncs { get; } = Meter.CreateCounter<long>("showcase.cluster.resyncs", "{resync}", "Times this node resynchronised its caches and index from the database");
}
