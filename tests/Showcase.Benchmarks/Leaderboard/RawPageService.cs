using Grpc.Core;

namespace Showcase.Benchmarks.Leaderboard;

/// <summary>
/// The yardstick for <c>ListLeaderboardEntries</c>: a gRPC method on the same server (same endpoint, interceptors,
/// API key check) that answers with bytes it already holds, so it costs what the transport costs. Its request
/// and response go through identity marshallers: nothing is parsed or encoded.
/// </summary>
[BindServiceMethod(typeof(RawPageService), nameof(Bind))]
public sealed class RawPageService
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static readonly Method<byte[], byte[]> Get = new(MethodType.Unary, "showcase.bench.RawPage", "Get", Bytes, Bytes);

    /// <summary>The response every call gets: set by the benchmark to the encoded top-100 page.</summary>
    public static byte[] Page { get; set; } = [];

    public static void Bind(ServiceBinderBase binder, RawPageService service) =>
        binder.AddMethod(Get, (UnaryServerMethod<byte[], byte[]>)service.GetAsync);

    public Task<byte[]> GetAsync(byte[] request, ServerCallContext context) => Task.FromResult(Page);
}
