using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Showcase.Evaluations.Live;

/// <summary>
/// One round's feed: the screens watching it and one pump that turns "the round changed" signals into frames. Signals
/// coalesce (one waiting at most) and boards are at least <see cref="LiveOptions.MinInterval"/> apart, so a burst of a
/// thousand scorecards costs the pump a few boards a second, never a queue; the newest revision always ends up on every screen.
/// </summary>
internal sealed class LiveFeed
{
    private readonly string _roundCode;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _logger;
    private readonly int _queueLength;
    private readonly TimeSpan _minInterval;
    private readonly TimeProvider _clock;
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly Lock _gate = new();
    private ImmutableArray<LiveSubscription> _screens = [];
    private long _lastId = -1;

    public LiveFeed(string roundCode, IServiceScopeFactory scopes, ILogger logger, LiveOptions options, TimeProvider clock, CancellationToken stopping)
    {
        _roundCode = roundCode;
        _scopes = scopes;
        _logger = logger;
        _queueLength = options.QueueLength;
        _minInterval = options.MinInterval;
        _clock = clock;
        _ = Task.Run(() => PumpAsync(stopping), CancellationToken.None);
    }

    public int ScreenCount => _screens.Length;

    public LiveSubscription Join()
    {
        var screen = new LiveSubscription(_roundCode, _queueLength, Leave);
        lock (_gate)
        {
            _screens = _screens.Add(screen);
        }

        return screen;
    }

    /// <summary>The round changed: compute a new frame soon. Never waits.</summary>
    public void Signal() => _signals.Writer.TryWrite(true);

    /// <summary>Offers the frame to every screen now; each screen's own queue takes it or drops its oldest.</summary>
    /// <returns>the number of screens it was offered to.</returns>
    public int Publish(LiveFrame frame)
    {
        var screens = _screens;
        foreach (var screen in screens)
        {
            screen.Offer(frame);
        }

        return screens.Length;
    }

    public void Complete() => _signals.Writer.TryComplete();

    private void Leave(LiveSubscription screen)
    {
        lock (_gate)
        {
            _screens = _screens.Remove(screen);
        }
    }

    private async Task PumpAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (var _ in _signals.Reader.ReadAllAsync(stopping))
            {
                if (_screens.IsEmpty)
                {
                    continue;
                }

                var started = _clock.GetTimestamp();
                try
                {
                    await using var scope = _scopes.CreateAsyncScope();
                    var board = await scope.ServiceProvider.GetRequiredService<LiveBoardReader>().ReadAsync(_roundCode, stopping);
                    if (board is not null && board.Revision > _lastId)
                    {
                        _lastId = board.Revision;
                        Publish(board.ToFrame());
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The next change tries again; the screens keep their last frame meanwhile.
                    _logger.LogWarning(e, "The live board of round {Round} could not be computed", _roundCode);
                }

                // Changes arriving meanwhile wait in the one pending signal and make one board after the pause.
                var rest = _minInterval - _clock.GetElapsedTime(started);
                if (rest > TimeSpan.Zero)
                {
                    await Task.Delay(rest, _clock, stopping);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
