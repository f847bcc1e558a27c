using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Shouldly;
using Showcase.Abstractions.Api;
using Showcase.Core.Api;

namespace Showcase.Web.Tests;

/// <summary>What a partner sees when a service throws: the edge's mapping, exercised through the interceptor itself.</summary>
public sealed class GrpcErrorMappingTests
{
    private readonly ApiErrorInterceptor _interceptor = new(NullLogger<ApiErrorInterceptor>.Instance);

    [Fact]
    public async Task An_invalid_argument_carries_error_info_and_the_field_at_fault()
    {
        var error = await CallThrowingAsync(ApiException.InvalidArgument("PAGE_SIZE_NEGATIVE", "page_size must not be negative.", "page_size"));

        error.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        var status = error.GetRpcStatus()!;
        status.Message.ShouldBe("page_size must not be negative.");
        status.GetDetail<ErrorInfo>()!.Reason.ShouldBe("PAGE_SIZE_NEGATIVE");
        status.GetDetail<ErrorInfo>()!.Domain.ShouldBe("showcase");
        status.GetDetail<BadRequest>()!.FieldViolations.Single().Field.ShouldBe("page_size");
    }

    [Fact]
    public async Task A_not_found_carries_its_metadata()
    {
        var error = await CallThrowingAsync(ApiException.NotFound("ROUND_NOT_FOUND", "No round 'rounds/2031'.", new Dictionary<string, string> { ["name"] = "rounds/2031" }));

        error.StatusCode.ShouldBe(StatusCode.NotFound);
        error.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Metadata["name"].ShouldBe("rounds/2031");
    }

    [Fact]
    public async Task An_unexpected_exception_becomes_internal_without_its_details()
    {
        var error = await CallThrowingAsync(new InvalidOperationException("SQLite Error 19: UNIQUE constraint failed: Core_ApiKeys.Hash"));

        error.StatusCode.ShouldBe(StatusCode.Internal);
        error.Status.Detail.ShouldNotContain("SQLite");
        error.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason.ShouldBe("INTERNAL");
    }

    [Fact]
    public async Task A_status_thrown_by_the_service_itself_passes_through_unchanged()
    {
        var thrown = new RpcException(new Grpc.Core.Status(StatusCode.Aborted, "version moved"));

        var error = await CallThrowingAsync(thrown);

        error.ShouldBeSameAs(thrown);
    }

    private async Task<RpcException> CallThrowingAsync(Exception exception) =>
        await Should.ThrowAsync<RpcException>(async () =>
            await _interceptor.UnaryServerHandler<string, string>("request", new TestCallContext(), (_, _) => throw exception));

    /// <summary>The little of a call context the interceptor reads.</summary>
    private sealed class TestCallContext : ServerCallContext
    {
        private readonly Metadata _headers = [];
        private readonly Metadata _trailers = [];
        private readonly Dictionary<object, object> _userState = new() { ["__HttpContext"] = new DefaultHttpContext() };

        protected override string MethodCore => "/showcase.v1.TestService/Test";
        protected override string HostCore => "127.0.0.1";
        protected override string PeerCore => "ipv4:127.0.0.1:1";
        protected override DateTime DeadlineCore => DateTime.MaxValue;
        protected override Metadata RequestHeadersCore => _headers;
        protected override CancellationToken CancellationTokenCore => CancellationToken.None;
        protected override Metadata ResponseTrailersCore => _trailers;
        protected override Grpc.Core.Status StatusCore { get; set; }
        protected override WriteOptions? WriteOptionsCore { get; set; }
        protected override AuthContext AuthContextCore => new(null, []);
        protected override IDictionary<object, object> UserStateCore => _userState;

        protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

        protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
    }
}
