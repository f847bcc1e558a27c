using Grpc.Core;

namespace Showcase.Benchmarks.BareApp;

/// <summary>
/// The yardsticks for <c>ListLeaderboardEntries</c>: a gRPC method that answers with bytes it already holds. Mapped
/// on the Showcase host (same endpoint, pipeline, interceptors and key check), it costs what Showcase's transport
/// costs; in this bare app (<see cref="RawPageHosting"/>), what grpc-dotnet and Kestrel cost alone.
/// </summary>
[BindServiceMethod(typeof(RawPageServiceBase), nameof(Bind))]
public sealed class RawPageService : RawPageServiceBase
{
    /// <summary>The response every call gets: set by the benchmark to the encoded top-100 page.</summary>
    public static byte[] Page { get; set; } = [];

    public override Task<byte[]> Get(byte[] request, ServerCallContext context) => Task.FromResult(Page);
}
