using Microsoft.AspNetCore.Http;

namespace Showcase.Abstractions.Api;

/// <summary>The partner behind a gRPC call: the API key it presented, already checked.</summary>
public sealed record ApiCaller(int KeyId, string KeyName, IReadOnlySet<string> Scopes, int RatePerMinute)
{
    public bool HasScope(string scope) => Scopes.Contains(scope);
}

public static class ApiCallerHttpContextExtensions
{
    /// <summary>
    /// The caller of this gRPC call, or null on an endpoint open without a key (health, reflection).
    /// Services use it for visibility rules, e.g. rounds before their notice only for <c>rounds:preview</c>.
    /// </summary>
    /// <remarks>In a gRPC service: <c>context.GetHttpContext().GetApiCaller()</c>.</remarks>
    public static ApiCaller? GetApiCaller(this HttpContext context) =>
        context.Features.Get<ApiCaller>();
}
