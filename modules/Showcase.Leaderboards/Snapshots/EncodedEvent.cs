using Google.Protobuf;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>A Watch event and its protobuf bytes, encoded once and written to every watcher.</summary>
public sealed class EncodedEvent
{
    private EncodedEvent(LeaderboardEvent message, byte[] bytes)
    {
        Message = message;
        Bytes = bytes;
    }

    public LeaderboardEvent Message { get; }

    public byte[] Bytes { get; }

    public long Version => Message.Version;

    public static EncodedEvent Create(LeaderboardEvent message)
    {
        var encoded = new EncodedEvent(message, message.ToByteArray());
        PreEncoded.Remember(message, encoded.Bytes);
        return encoded;
    }
}
