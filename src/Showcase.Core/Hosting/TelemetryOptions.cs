namespace Showcase.Core.Hosting;

/// <summary>The <c>Showcase:Telemetry</c> configuration section.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Showcase:Telemetry";

    /// <summary>Where metrics and traces go: <c>None</c> (default: not collected), <c>Console</c> or <c>Otlp</c>.</summary>
    public TelemetryExporter Exporter { get; set; } = TelemetryExporter.None;

    /// <summary>The OTLP collector, e.g. <c>http://127.0.0.1:4317</c> (gRPC). Unset: the OpenTelemetry default or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Console log lines: <c>Simple</c> (default, for people) or <c>Json</c> (one JSON object per line, for collectors).</summary>
    public LogFormat LogFormat { get; set; } = LogFormat.Simple;
}

public enum TelemetryExporter
{
    None,
    Console,
    Otlp,
}

public enum LogFormat
{
    Simple,
    Json,
}
