using Microsoft.AspNetCore.Http;
using Shouldly;
using Showcase.Core.Hosting;

namespace Showcase.Core.Tests.Hosting;

/// <summary>Which requests skip the page middleware: gRPC calls only, so that no page loses its culture, sign-in or antiforgery.</summary>
public sealed class GrpcCallTests
{
    [Theory]
    [InlineData("HTTP/2", "application/grpc", true)]
    [InlineData("HTTP/2", "application/grpc+proto", true)]
    [InlineData("HTTP/2", "Application/GRPC", true)]
    [InlineData("HTTP/1.1", "application/grpc", false)] // not a gRPC call: gRPC needs HTTP/2
    [InlineData("HTTP/1.1", "application/json", false)] // JSON transcoding
    [InlineData("HTTP/2", "application/json", false)]
    [InlineData("HTTP/2", "application/x-www-form-urlencoded", false)] // a form posted over HTTP/2 behind a proxy
    [InlineData("HTTP/2", null, false)]
    public void Only_an_http2_request_of_content_type_application_grpc_is_a_grpc_call(string protocol, string? contentType, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Protocol = protocol;
        context.Request.ContentType = contentType;

        GrpcCall.Is(context).ShouldBe(expected);
    }
}
