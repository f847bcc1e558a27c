using System.Globalization;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Showcase.Abstractions.Api;
using Showcase.Core.Hosting;

namespace Showcase.Core.Api;

/// <summary>
/// Checks the <c>x-api-key</c> metadata of every gRPC call before the service sees it: missing, unknown
/// or revoked → UNAUTHENTICATED; lacking a <see cref="RequiresScopeAttribute"/> scope → PERMISSION_DENIED;
/// over the key's rate → RESOURCE_EXHAUSTED with RetryInfo. Endpoints marked <c>AllowAnonymous</c>
/// (health, reflection) are open. The checked caller is then available as <see cref="ApiCallerHttpContextExtensions.GetApiCaller"/>.
/// </summary>
internal sealed class ApiKeyInterceptor(ApiKeyAuthenticator authenticator, ApiRateLimiter limiter) : Interceptor
{
    public const string Header = "x-api-key";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await AuthorizeAsync(context);
        return await continuation(request, context);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await AuthorizeAsync(context);
        return await continuation(requestStream, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await AuthorizeAsync(context);
        await continuation(request, responseStream, context);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await AuthorizeAsync(context);
        await continuation(requestStream, responseStream, context);
    }

    private async Task AuthorizeAsync(ServerCallContext context)
    {
        var http = context.GetHttpContext();
        var metadata = http.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<IAllowAnonymous>() is not null)
        {
            return;
        }

        // The header itself: ServerCallContext.RequestHeaders would copy every header into new metadata first.
        var presented = http.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(presented))
        {
            throw Rejected(ApiException.Unauthenticated("API_KEY_MISSING", $"This method needs an API key in the '{Header}' metadata."));
        }

        var lookup = await authenticator.FindAsync(presented.Trim(), context.CancellationToken);
        if (lookup.Caller is not { } caller)
        {
            throw Rejected(lookup.Revoked
                ? ApiException.Unauthenticated("API_KEY_REVOKED", "This API key has been revoked. Ask the site's administrator for a new one.")
                : ApiException.Unauthenticated("API_KEY_INVALID", "This API key is not known here."));
        }

        foreach (var required in metadata?.GetOrderedMetadata<RequiresScopeAttribute>() ?? [])
        {
            if (!caller.HasScope(required.Scope))
            {
                throw Rejected(ApiException.PermissionDenied("SCOPE_MISSING", $"This method needs the scope '{required.Scope}', which the key '{caller.KeyName}' does not have.", new Dictionary<string, string> { ["scope"] = required.Scope }));
            }
        }

        if (!limiter.TryAcquire(caller, out var retryAfter))
        {
            throw Rejected(ApiException.ResourceExhausted(
                "RATE_LIMIT_EXCEEDED",
                $"The key '{caller.KeyName}' may make {caller.RatePerMinute} calls per minute; retry in {retryAfter.TotalSeconds:0} s.",
                retryAfter,
                new Dictionary<string, string> { ["limitPerMinute"] = caller.RatePerMinute.ToString(CultureInfo.InvariantCulture) }));
        }

        http.Features.Set(caller);
    }

    private static ApiException Rejected(ApiException e)
    {
        ShowcaseTelemetry.ApiKeyRejections.Add(1, new KeyValuePair<string, object?>("reason", e.Reason));
        return e;
    }
}
