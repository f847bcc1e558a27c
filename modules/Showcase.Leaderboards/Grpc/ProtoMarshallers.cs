using Google.Protobuf;
using Grpc.Core;
using Showcase.Leaderboards.Snapshots;

namespace Showcase.Leaderboards.Grpc;

/// <summary>
/// Marshallers for the services' methods. <see cref="PreEncodedAware{T}"/> writes the bytes a shared message was
/// already encoded to (<see cref="PreEncoded"/>), so a cached leaderboard page or Watch event costs a copy.
/// </summary>
internal static class ProtoMarshallers
{
    public static Marshaller<T> Plain<T>(MessageParser<T> parser) where T : IMessage<T>, IBufferMessage =>
        new(Write, context => parser.ParseFrom(context.PayloadAsReadOnlySequence()));

    public static Marshaller<T> PreEncodedAware<T>(MessageParser<T> parser) where T : IMessage<T>, IBufferMessage =>
        new(WritePreEncoded, context => parser.ParseFrom(context.PayloadAsReadOnlySequence()));

    private static void WritePreEncoded<T>(T message, SerializationContext context) where T : IMessage<T>, IBufferMessage
    {
        if (PreEncoded.TryGet(message, out var bytes))
        {
            context.Complete(bytes);
            return;
        }

        Write(message, context);
    }

    private static void Write<T>(T message, SerializationContext context) where T : IMessage<T>, IBufferMessage
    {
        context.SetPayloadLength(message.CalculateSize());
        message.WriteTo(context.GetBufferWriter());
        context.Complete();
    }
}
