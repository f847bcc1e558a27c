using System.Threading.Channels;
using Showcase.Leaderboards.Snapshots;

namespace Showcase.Leaderboards.Watching;

/// <summary>
/// One Watch stream's queue of change events. Bounded and never waited on by the publisher: when it is full the new
/// event is dropped and the watcher marked as fallen behind, and its stream sends a fresh snapshot once it drains.
/// So a slow or stalled client costs the others and the scorer nothing but one failed write.
/// </summary>
public sealed class LeaderboardWatcher
{
    private static long _lastId;
    private readonly Channel<EncodedEvent> _queue;
    private int _fellBehind;

    public LeaderboardWatcher(int capacity)
    {
        _queue = Channel.CreateBounded<EncodedEvent>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            _ => Interlocked.Exchange(ref _fellBehind, 1));
    }

    public long Id { get; } = Interlocked.Increment(ref _lastId);

    public ChannelReader<EncodedEvent> Events => _queue.Reader;

    /// <summary>Queues an event if there is room; otherwise marks the watcher as fallen behind.</summary>
    public void Offer(EncodedEvent change) => _queue.Writer.TryWrite(change);

    /// <returns>true once after the queue overflowed (and clears the mark).</returns>
    public bool TakeFellBehind() => Interlocked.Exchange(ref _fellBehind, 0) == 1;

    public void Close() => _queue.Writer.TryComplete();
}
