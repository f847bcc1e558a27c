using System.Runtime.CompilerServices;
using Google.Protobuf;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>
/// The bytes a shared, frozen message was encoded to, looked up by the message's identity. The service's response
/// marshaller asks here first, so a cached page costs a copy instead of an encoding. A message dies with its snapshot.
/// </summary>
public static class PreEncoded
{
    private static readonly ConditionalWeakTable<IMessage, byte[]> Bytes = new();

    public static void Remember(IMessage message, byte[] bytes) => Bytes.AddOrUpdate(message, bytes);

    public static bool TryGet(IMessage message, out byte[] bytes) => Bytes.TryGetValue(message, out bytes!);
}
