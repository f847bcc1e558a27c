using Grpc.Core;

namespace Showcase.Benchmarks.Leaderboard;

/// <summary>
/// The yardstick for <c>ListLeaderboardEntries</c>: a gRPC method on the same server (same endpoint, interceptors,
/// API key check) that answers with bytes it already holds, so it costs what the transport costs.
/// </summary>
[BindServiceMethod(typeof(RawPageServiceBase), nameof(Bind))]
public sealed class RawPageService : RawPageServiceBase
{
    /// <summary>The response every call gets: set by the benchmark to the encoded top-100 page.</summary>
    public static byte[] Page { get; set; } = [];

    public override Task<byte[]> Get(byte[] request, ServerCallContext context) => Task.FromResult(Page);
}
