using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Showcase.Core.Data;

namespace Showcase.Core.Identity;

/// <summary>
/// The last stamp and lockout read for each signed-in user, so that a user's burst of requests costs one read of
/// their row rather than one each. Invariant: an entry is never older than <see cref="SignedInUserCheckOptions.UserCheckMaxAge"/>,
/// and never older than a change to the user saved through this process (<see cref="UserAccessInvalidator"/> evicts it
/// once the change is saved and refuses to cache the user again until the change is committed). A read that raced
/// with such a change is used for its own request but not kept: every eviction starts a new generation.
/// </summary>
internal sealed class UserAccessCache(TimeProvider clock, IOptions<SignedInUserCheckOptions> options)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // Users saved inside a transaction not known to be committed yet, until when they are read afresh every time.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _uncommitted = new(StringComparer.Ordinal);
    private long _generation;

    private TimeSpan MaxAge => options.Value.UserCheckMaxAge;

    /// <summary>The user's stamp and lockout, from memory when read recently enough; null when there is no such user.</summary>
    public async Task<UserAccess?> GetAsync(string userId, IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(userId, out var entry) && now - entry.ReadAt < MaxAge)
        {
            return entry.Access;
        }

        var generation = Interlocked.Read(ref _generation);
        // The scope's core context is created only now: a request answered from memory does without it.
        var db = services.GetRequiredService<CoreDbContext>();
        var access = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new UserAccess(u.SecurityStamp, u.LockoutEnd))
            .FirstOrDefaultAsync(cancellationToken);
        if (access is not null && MaxAge > TimeSpan.Zero && !IsUncommitted(userId, now))
        {
            var fresh = new Entry(access, now);
            _entries[userId] = fresh;
            // An eviction since the read began may have been for this very user: drop what was read before it.
            if (Interlocked.Read(ref _generation) != generation)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(userId, fresh));
            }
        }

        return access;
    }

    /// <summary>
    /// Forgets the users' entries: their rows were saved. <paramref name="committed"/> false: in a transaction
    /// still open, whose end this cache does not see, so the users are read afresh for a <see cref="MaxAge"/>.
    /// </summary>
    public void Evict(IReadOnlyCollection<string> userIds, bool committed)
    {
        Interlocked.Increment(ref _generation);
        foreach (var id in userIds)
        {
            if (committed)
            {
                _uncommitted.TryRemove(id, out _);
            }
            else
            {
                _uncommitted[id] = clock.GetUtcNow() + MaxAge;
            }

            _entries.TryRemove(id, out _);
        }
    }

    private bool IsUncommitted(string userId, DateTimeOffset now)
    {
        if (!_uncommitted.TryGetValue(userId, out var until))
        {
            return false;
        }

        if (now < until)
        {
            return true;
        }

        _uncommitted.TryRemove(new KeyValuePair<string, DateTimeOffset>(userId, until));
        return false;
    }

    private sealed record Entry(UserAccess Access, DateTimeOffset ReadAt);
}
