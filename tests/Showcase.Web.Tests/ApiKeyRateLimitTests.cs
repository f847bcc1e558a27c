using Shouldly;
using Showcase.Abstractions.Api;
using Showcase.Core.Api;

namespace Showcase.Web.Tests;

public sealed class ApiKeyRateLimitTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void A_key_may_spend_a_minutes_worth_at_once_and_the_next_call_is_told_when_to_retry()
    {
        var limiter = new ApiRateLimiter(_clock);
        var caller = Caller(id: 1, rate: 6); // one call earned back every 10 s

        for (var i = 0; i < 6; i++)
        {
            limiter.TryAcquire(caller, out _).ShouldBeTrue($"call {i + 1} of 6");
        }

        limiter.TryAcquire(caller, out var retryAfter).ShouldBeFalse();
        retryAfter.ShouldBe(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Calls_are_earned_back_evenly_over_the_minute()
    {
        var limiter = new ApiRateLimiter(_clock);
        var caller = Caller(id: 1, rate: 6);
        for (var i = 0; i < 6; i++)
        {
            limiter.TryAcquire(caller, out _);
        }

        _clock.Advance(TimeSpan.FromSeconds(4));
        limiter.TryAcquire(caller, out var retryAfter).ShouldBeFalse();
        retryAfter.ShouldBe(TimeSpan.FromSeconds(6));

        _clock.Advance(TimeSpan.FromSeconds(6));
        limiter.TryAcquire(caller, out _).ShouldBeTrue();
        limiter.TryAcquire(caller, out _).ShouldBeFalse();
    }

    [Fact]
    public void Each_key_has_its_own_allowance()
    {
        var limiter = new ApiRateLimiter(_clock);
        limiter.TryAcquire(Caller(id: 1, rate: 1), out _).ShouldBeTrue();

        limiter.TryAcquire(Caller(id: 1, rate: 1), out _).ShouldBeFalse();
        limiter.TryAcquire(Caller(id: 2, rate: 1), out _).ShouldBeTrue();
    }

    private static ApiCaller Caller(int id, int rate) => new(id, $"key-{id}", new HashSet<string>(), rate);

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
