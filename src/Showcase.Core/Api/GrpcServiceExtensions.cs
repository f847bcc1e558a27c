using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Showcase.Abstractions.Api;
using Showcase.Abstractions.Cli;
using Showcase.Core.Cli;

namespace Showcase.Core.Api;

public static class GrpcServiceExtensions
{
    /// <summary>gRPC with health, reflection, API-key authentication and google.rpc.Status errors.</summary>
    /// <remarks>
    /// A module adds a service by deriving from the generated base class (protos/showcase/v1, compiled in this
    /// project), marking each method with <see cref="RequiresScopeAttribute"/>, and mapping it in its startup's
    /// <c>MapEndpoints</c> with <c>endpoints.MapGrpcService&lt;T&gt;()</c>. Errors are thrown as <see cref="ApiException"/>.
    /// </remarks>
    public static WebApplicationBuilder AddShowcaseGrpc(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.Section));
        services.AddGrpc(options =>
        {
            // Outermost first: errors from the key check are mapped too.
            options.Interceptors.Add<ApiErrorInterceptor>();
            options.Interceptors.Add<ApiKeyInterceptor>();
        });
        services.AddGrpcReflection();
        services.AddSingleton<ApiEndpoints>();

        // Registered, the interceptors are made once; otherwise gRPC would make both anew for every call.
        services.AddSingleton<ApiErrorInterceptor>();
        services.AddSingleton<ApiKeyInterceptor>();

        // The gRPC health service reports the same ASP.NET Core health checks as /healthz (the database among them).
        services.AddGrpcHealthChecks();

        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<ApiRateLimiter>();
        foreach (var scope in ApiScopes.Partner)
        {
            services.AddSingleton(scope);
        }

        services.AddScoped<ApiKeyStore>();
        services.AddScoped<ICommandVerb, ApiKeyVerb>();
        return builder;
    }

    /// <summary>
    /// Maps the gRPC services, health and reflection (they answer on the HTTP/2 endpoint) with the modules' API
    /// (<c>ModuleStartup.MapApi</c>) once the start is over (<see cref="ApiEndpoints"/>).
    /// </summary>
    public static WebApplication MapShowcaseGrpc(this WebApplication app)
    {
        var api = app.Services.GetRequiredService<ApiEndpoints>();
        api.Add(static endpoints =>
        {
            endpoints.MapGrpcHealthChecksService().AllowAnonymous();
            endpoints.MapGrpcReflectionService().AllowAnonymous();
            endpoints.MapGrpcService<SiteGrpcService>();
        });
        api.MapWhenStarted(app);
        return app;
    }
}
