using System.Threading.Channels;

namespace Showcase.Evaluations.Live;

/// <summary>
/// One screen's place in a round's feed: a small bounded queue of frames. Offering never waits: when the screen reads
/// too slowly the oldest waiting frame is dropped, so a slow screen never slows the feed, the other screens or the scorers.
/// </summary>
public sealed class LiveSubscription : IDisposable
{
    private readonly Channel<LiveFrame> _frames;
    private readonly Action<LiveSubscription> _leave;

    internal LiveSubscription(string roundCode, int queueLength, Action<LiveSubscription> leave)
    {
        RoundCode = roundCode;
        _leave = leave;
        _frames = Channel.CreateBounded<LiveFrame>(new BoundedChannelOptions(Math.Max(1, queueLength))
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    public string RoundCode { get; }

    public ChannelReader<LiveFrame> Frames => _frames.Reader;

    internal void Offer(LiveFrame frame) => _frames.Writer.TryWrite(frame);

    public void Dispose()
    {
        _frames.Writer.TryComplete();
        _leave(this);
    }
}
