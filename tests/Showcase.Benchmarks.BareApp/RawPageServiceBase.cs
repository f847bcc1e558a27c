using Grpc.Core;

namespace Showcase.Benchmarks.BareApp;

/// <summary>
/// The binding of <see cref="RawPageService"/>: one unary method, <c>showcase.bench.RawPage/Get</c>, whose request and
/// response go through identity marshallers (nothing is parsed or encoded). gRPC finds handlers as overrides of
/// this class's methods.
/// </summary>
public abstract class RawPageServiceBase
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static readonly Method<byte[], byte[]> GetMethod = new(MethodType.Unary, "showcase.bench.RawPage", "Get", Bytes, Bytes);

    public static void Bind(ServiceBinderBase binder, RawPageServiceBase? service) =>
        binder.AddMethod(GetMethod, service is null ? null : new UnaryServerMethod<byte[], byte[]>(service.Get));

    public abstract Task<byte[]> Get(byte[] request, ServerCallContext context);
}
