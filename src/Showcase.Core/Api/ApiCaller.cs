using Grpc.Core;

namespace Showcase.Core.Api;

/// <summary>The partner behind a gRPC call: the API key it presented, already checked.</summary>
public sealed record ApiCaller(int KeyId, string KeyName, IReadOnlySet<string> Scopes, int RatePerMinute)
{
    public bool HasScope(string scope) => Scopes.Contains(scope);
}

public static class ApiCallerServerCallContextExtensions
{
    /// <summary>
    /// The caller of this gRPC call, or null on an endpoint open without a key (health, reflection).
    /// Services use it for visibility rules, e.g. rounds before their notice only for <c>rounds:preview</c>.
    /// </summary>
    public static ApiCaller? GetApiCaller(this ServerCallContext context) =>
        context.GetHttpContext().Features.Get<ApiCaller>();
}
