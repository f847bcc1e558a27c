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
}
