using Google.Protobuf.Reflection;
using Grpc.Core;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Grpc;

/// <summary>
/// Binds <c>showcase.v1.LeaderboardService</c> like the generated code does, except that the list response and the
/// Watch events go through the pre-encoded-aware marshaller. gRPC, reflection and JSON transcoding find this class
/// through <see cref="BindServiceMethodAttribute"/> on the service and read its <see cref="Descriptor"/>.
/// </summary>
public static class LeaderboardServiceBinding
{
    private const string ServiceName = "showcase.v1.LeaderboardService";

    public static ServiceDescriptor Descriptor => LeaderboardServiceReflection.Descriptor.Services[0];

    /// <param name="service">
    /// Null when gRPC only discovers the methods (it makes its own handlers then). Typed as the generated base, as gRPC
    /// and JSON transcoding look the handlers up as overrides of its methods.
    /// </param>
    public static void BindService(ServiceBinderBase binder, LeaderboardService.LeaderboardServiceBase? service)
    {
        binder.AddMethod(Unary("ListRounds", ListRoundsRequest.Parser, ProtoMarshallers.Plain(ListRoundsResponse.Parser)), service is null ? null : new UnaryServerMethod<ListRoundsRequest, ListRoundsResponse>(service.ListRounds));
        binder.AddMethod(Unary("GetRound", GetRoundRequest.Parser, ProtoMarshallers.Plain(Round.Parser)), service is null ? null : new UnaryServerMethod<GetRoundRequest, Round>(service.GetRound));
        binder.AddMethod(Unary("ListLeaderboardEntries", ListLeaderboardEntriesRequest.Parser, ProtoMarshallers.PreEncodedAware(ListLeaderboardEntriesResponse.Parser)), service is null ? null : new UnaryServerMethod<ListLeaderboardEntriesRequest, ListLeaderboardEntriesResponse>(service.ListLeaderboardEntries));
        binder.AddMethod(Unary("GetLeaderboardEntry", GetLeaderboardEntryRequest.Parser, ProtoMarshallers.Plain(LeaderboardEntry.Parser)), service is null ? null : new UnaryServerMethod<GetLeaderboardEntryRequest, LeaderboardEntry>(service.GetLeaderboardEntry));
        binder.AddMethod(Unary("ListLeaderboardEntriesAround", ListLeaderboardEntriesAroundRequest.Parser, ProtoMarshallers.Plain(ListLeaderboardEntriesAroundResponse.Parser)), service is null ? null : new UnaryServerMethod<ListLeaderboardEntriesAroundRequest, ListLeaderboardEntriesAroundResponse>(service.ListLeaderboardEntriesAround));
        binder.AddMethod(Unary("BatchGetLeaderboardEntries", BatchGetLeaderboardEntriesRequest.Parser, ProtoMarshallers.Plain(BatchGetLeaderboardEntriesResponse.Parser)), service is null ? null : new UnaryServerMethod<BatchGetLeaderboardEntriesRequest, BatchGetLeaderboardEntriesResponse>(service.BatchGetLeaderboardEntries));
        binder.AddMethod(
            new Method<WatchLeaderboardRequest, LeaderboardEvent>(MethodType.ServerStreaming, ServiceName, "WatchLeaderboard", ProtoMarshallers.Plain(WatchLeaderboardRequest.Parser), ProtoMarshallers.PreEncodedAware(LeaderboardEvent.Parser)),
            service is null ? null : new ServerStreamingServerMethod<WatchLeaderboardRequest, LeaderboardEvent>(service.WatchLeaderboard));
    }

    private static Method<TRequest, TResponse> Unary<TRequest, TResponse>(string name, Google.Protobuf.MessageParser<TRequest> request, Marshaller<TResponse> response)
        where TRequest : Google.Protobuf.IMessage<TRequest>, Google.Protobuf.IBufferMessage
        where TResponse : class =>
        new(MethodType.Unary, ServiceName, name, ProtoMarshallers.Plain(request), response);
}
