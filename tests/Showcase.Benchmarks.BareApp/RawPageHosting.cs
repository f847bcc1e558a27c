using System.Runtime.CompilerServices;

namespace Showcase.Benchmarks.BareApp;

/// <summary>
/// With <c>--GrpcPage=&lt;file&gt;</c> the bare app also serves <see cref="RawPageService"/> answering that file's bytes,
/// on whatever HTTP/2 endpoint the configuration names (<c>--Kestrel:Endpoints:Grpc:Url=… --Kestrel:Endpoints:Grpc:Protocols=Http2</c>):
/// the leaderboard benchmark's measure of the transport alone. Kept out of <c>Program</c>'s own method, so that the
/// cold-start floor never loads gRPC.
/// </summary>
public static class RawPageHosting
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void AddRawPage(WebApplicationBuilder builder, string file)
    {
        RawPageService.Page = File.ReadAllBytes(file);
        builder.Services.AddGrpc();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void MapRawPage(WebApplication app) => app.MapGrpcService<RawPageService>();
}
