using Google.Protobuf;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>A response and its protobuf bytes, encoded once.</summary>
public sealed class EncodedPage
{
    private EncodedPage(ListLeaderboardEntriesResponse message, byte[] bytes)
    {
        Message = message;
        Bytes = bytes;
    }

    public ListLeaderboardEntriesResponse Message { get; }

    public byte[] Bytes { get; }

    public static EncodedPage Create(ListLeaderboardEntriesResponse message)
    {
        var page = new EncodedPage(message, message.ToByteArray());
        PreEncoded.Remember(message, page.Bytes);
        return page;
    }
}
