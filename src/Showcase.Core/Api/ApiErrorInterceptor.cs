using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Api;

namespace Showcase.Core.Api;

/// <summary>
/// The one place where exceptions become gRPC statuses: <see cref="ApiException"/> becomes a
/// <c>google.rpc.Status</c> with <c>ErrorInfo</c> (domain <c>showcase</c>); anything unexpected is logged
/// and becomes INTERNAL without its details, so no stack trace or SQL reaches a partner.
/// </summary>
internal sealed class ApiErrorInterceptor(ILogger<ApiErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (Map(e, context) is { } mapped)
        {
            throw mapped;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception e) when (Map(e, context) is { } mapped)
        {
            throw mapped;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (Map(e, context) is { } mapped)
        {
            throw mapped;
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception e) when (Map(e, context) is { } mapped)
        {
            throw mapped;
        }
    }

    /// <returns>the exception to throw instead, or null to let <paramref name="e"/> through unchanged.</returns>
    private RpcException? Map(Exception e, ServerCallContext context)
    {
        switch (e)
        {
            case ApiException api:
                return ToRpcException(api);
            case RpcException:
                return null; // already a status, e.g. from a call this service made
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return new RpcException(new Grpc.Core.Status(StatusCode.Cancelled, "The call was cancelled."));
            default:
                logger.LogError(e, "Unhandled exception in {Method}", context.Method);
                return ToRpcException(new Google.Rpc.Status
                {
                    Code = (int)Code.Internal,
                    Message = "Something went wrong on our side. It has been logged; please try again later.",
                    Details = { Any.Pack(new ErrorInfo { Reason = "INTERNAL", Domain = ApiException.Domain }) },
                });
        }
    }

    internal static RpcException ToRpcException(ApiException e)
    {
        var info = new ErrorInfo { Reason = e.Reason, Domain = ApiException.Domain };
        foreach (var (key, value) in e.Metadata)
        {
            info.Metadata[key] = value;
        }

        var status = new Google.Rpc.Status { Code = (int)ToCode(e.Kind), Message = e.Message, Details = { Any.Pack(info) } };
        if (e.RetryDelay is { } delay)
        {
            status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(delay) }));
        }

        if (e.Field is { } field)
        {
            status.Details.Add(Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = e.Message } } }));
        }

        return ToRpcException(status);
    }

    private static RpcException ToRpcException(Google.Rpc.Status status) => status.ToRpcException();

    private static Code ToCode(ApiErrorKind kind) => kind switch
    {
        ApiErrorKind.InvalidArgument => Code.InvalidArgument,
        ApiErrorKind.NotFound => Code.NotFound,
        ApiErrorKind.AlreadyExists => Code.AlreadyExists,
        ApiErrorKind.FailedPrecondition => Code.FailedPrecondition,
        ApiErrorKind.Unauthenticated => Code.Unauthenticated,
        ApiErrorKind.PermissionDenied => Code.PermissionDenied,
        ApiErrorKind.ResourceExhausted => Code.ResourceExhausted,
        ApiErrorKind.Unavailable => Code.Unavailable,
        _ => Code.Unknown,
    };
}
