using Microsoft.AspNetCore.Http;

namespace Showcase.Core.Hosting;

/// <summary>Tells a gRPC call from a page request, as the pipeline branches on it.</summary>
public static class GrpcCall
{
    /// <summary>
    /// An HTTP/2 request whose content type is <c>application/grpc</c> (with or without a <c>+proto</c> suffix or
    /// parameters). JSON transcoding's requests are HTTP/1.1 JSON and take the page pipeline.
    /// </summary>
    public static bool Is(HttpContext context) =>
        HttpProtocol.IsHttp2(context.Request.Protocol)
        && context.Request.ContentType is { } type
        && type.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase);
}
