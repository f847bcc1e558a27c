using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Showcase.Abstractions.Cli;
using Showcase.Core.Cli;

namespace Showcase.Core.Hosting;

public static class TelemetryServiceExtensions
{
    /// <summary>Structured logging, OpenTelemetry metrics and traces, health checks.</summary>
    /// <remarks>
    /// Configuration (<see cref="TelemetryOptions"/>): <c>Showcase:Telemetry:LogFormat</c> = Simple | Json,
    /// <c>Showcase:Telemetry:Exporter</c> = None | Console | Otlp, <c>Showcase:Telemetry:OtlpEndpoint</c>.
    /// </remarks>
    public static WebApplicationBuilder AddShowcaseTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.Section));
        AddLogging(builder, options);
        AddOpenTelemetry(builder, options);

        // /healthz and grpc.health.v1 report these checks.
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>
    /// Maps /healthz: 200 "ok" while every health check passes, 200 "degraded" when one is degraded (a node whose
    /// listening connection is down), 503 "unhealthy" otherwise. The header <c>X-Showcase-Node</c> names the node that
    /// answered; on PostgreSQL the body adds the node and the state of its listening connection, one per line.
    /// </summary>
    public static WebApplication MapShowcaseHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                var body = new StringBuilder(report.Status switch
                {
                    HealthStatus.Healthy => "ok",
                    HealthStatus.Degraded => "degraded",
                    _ => "unhealthy",
                });
                if (report.Entries.TryGetValue("cluster", out var cluster))
                {
                    if (cluster.Data.TryGetValue(Cluster.ClusterHealthCheck.NodeKey, out var node))
                    {
                        context.Response.Headers["X-Showcase-Node"] = node.ToString();
                    }

                    if (cluster.Data.TryGetValue(Cluster.ClusterHealthCheck.ListenerKey, out var listener))
                    {
                        body.Append("\nnode: ").Append(node).Append("\nlistener: ").Append(listener);
                    }
                }

                return context.Response.WriteAsync(body.ToString());
            },
        });
        return app;
    }

    private static void AddLogging(WebApplicationBuilder builder, TelemetryOptions options)
    {
        var logging = builder.Logging;
        if (options.LogFormat == LogFormat.Json)
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            });
        }
        else
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }

        if (IsCommandLineVerb())
        {
            // A verb's standard output is its result (apikey create prints the key as its last line), so its
            // log goes to standard error, and only what needs attention.
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            logging.AddFilter<ConsoleLoggerProvider>(level => level >= LogLevel.Warning);
        }
    }

    private static void AddOpenTelemetry(WebApplicationBuilder builder, TelemetryOptions options)
    {
        if (options.Exporter == TelemetryExporter.None)
        {
            return; // nothing would read it: collecting it would only slow every request down
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ShowcaseTelemetry.Name, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing => tracing
                .AddSource(ShowcaseTelemetry.Name, "Quartz")
                .AddAspNetCoreInstrumentation(o => o.Filter = context => context.Request.Path != "/healthz"))
            .WithMetrics(metrics => metrics
                .AddMeter(ShowcaseTelemetry.Name, "Quartz")
                .AddAspNetCoreInstrumentation()
                // Kestrel's and the gRPC server's own meters: connections, calls started and failed.
                .AddMeter("Microsoft.AspNetCore.Server.Kestrel", "Grpc.AspNetCore.Server"));
        if (options.Exporter == TelemetryExporter.Console)
        {
            telemetry.WithTracing(tracing => tracing.AddConsoleExporter());
            telemetry.WithMetrics(metrics => metrics.AddConsoleExporter());
        }
        else if (options.OtlpEndpoint is { } endpoint)
        {
            telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, endpoint);
        }
        else
        {
            telemetry.UseOtlpExporter(); // OTEL_EXPORTER_OTLP_* environment variables, else the local collector
        }
    }

    /// <summary>Whether this process runs a CLI verb rather than serving (the verb is never part of configuration).</summary>
    private static bool IsCommandLineVerb()
    {
        try
        {
            return CommandLine.Parse(Environment.GetCommandLineArgs().Skip(1).ToList()).Verb is not null;
        }
        catch (VerbUsageException)
        {
            return true;
        }
    }
}
