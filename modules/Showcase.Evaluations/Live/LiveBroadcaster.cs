using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Showcase.Evaluations.Live;

/// <summary>
/// The in-process broadcaster between committed changes and the big screens: the event handlers call
/// <see cref="Notify"/> after commit (constant time, never waits), each round with screens has one pump computing
/// frames, and each screen reads from its own bounded queue (<see cref="LiveSubscription"/>). A slow or stuck screen
/// therefore costs only its own dropped frames, and never slows the scorer or the other screens. Singleton.
/// </summary>
public sealed class LiveBroadcaster(IServiceScopeFactory scopes, IOptions<LiveOptions> options, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<LiveBroadcaster> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, LiveFeed> _feeds = new(StringComparer.Ordinal);

    /// <summary>A new screen for the round: frames of every later change arrive in its queue.</summary>
    public LiveSubscription Subscribe(string roundCode) => Feed(roundCode).Join();

    /// <summary>The round changed (a committed scorecard, move or definition): its screens get a new frame soon.</summary>
    public void Notify(string roundCode)
    {
        if (_feeds.TryGetValue(roundCode, out var feed))
        {
            feed.Signal();
        }
    }

    /// <summary>Offers a frame to the round's screens as it is, computing nothing.</summary>
    /// <returns>the number of screens it was offered to.</returns>
    public int Publish(string roundCode, LiveFrame frame) => _feeds.TryGetValue(roundCode, out var feed) ? feed.Publish(frame) : 0;

    /// <summary>How many screens watch the round now.</summary>
    public int ScreenCount(string roundCode) => _feeds.TryGetValue(roundCode, out var feed) ? feed.ScreenCount : 0;

    public void Dispose()
    {
        foreach (var feed in _feeds.Values)
        {
            feed.Complete();
        }
    }

    private LiveFeed Feed(string roundCode) =>
        _feeds.GetOrAdd(roundCode, code => new LiveFeed(code, scopes, logger, options.Value, clock, lifetime.ApplicationStopping));
}
