using System.Collections.Concurrent;
using Showcase.Abstractions.Api;

namespace Showcase.Core.Api;

/// <summary>
/// Each key's calls per minute, as a token bucket per key on this node: a key may spend a minute's worth
/// at once, and earns its calls back evenly over the minute. Several nodes each allow the full rate.
/// </summary>
internal sealed class ApiRateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<(int KeyId, int Rate), Bucket> _buckets = new();

    /// <returns>true if the call may go ahead; otherwise false and how long until it would.</returns>
    public bool TryAcquire(ApiCaller caller, out TimeSpan retryAfter)
    {
        var bucket = _buckets.GetOrAdd((caller.KeyId, caller.RatePerMinute), static (key, time) => new Bucket(key.Rate, time.GetTimestamp()), time);
        return bucket.TryTake(time, out retryAfter);
    }

    /// <summary>Invariant: 0 &lt;= tokens &lt;= capacity; tokens grow by capacity per minute since the last update.</summary>
    private sealed class Bucket(int capacity, long startTimestamp)
    {
        private readonly Lock _lock = new();
        private double _tokens = capacity;
        private long _updated = startTimestamp;

        public bool TryTake(TimeProvider time, out TimeSpan retryAfter)
        {
            var perSecond = capacity / 60.0;
            lock (_lock)
            {
                var now = time.GetTimestamp();
                _tokens = Math.Min(capacity, _tokens + time.GetElapsedTime(_updated, now).TotalSeconds * perSecond);
                _updated = now;
                if (_tokens >= 1)
                {
                    _tokens -= 1;
                    retryAfter = TimeSpan.Zero;
                    return true;
                }

                retryAfter = TimeSpan.FromSeconds(Math.Ceiling((1 - _tokens) / perSecond));
                return false;
            }
        }
    }
}
