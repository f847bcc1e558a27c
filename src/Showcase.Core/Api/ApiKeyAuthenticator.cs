using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Api;
using Showcase.Core.Data;

namespace Showcase.Core.Api;

/// <summary>
/// Finds the key a call presents. Lookups are remembered for <see cref="ApiOptions.KeyCacheDuration"/>
/// (unknown keys too), so a busy partner costs one query per key per few seconds, and a revocation
/// takes effect on every node within that time. They are remembered by the key as presented, so a call whose key
/// was looked up lately costs one dictionary look-up: no hashing, no allocation.
/// </summary>
internal sealed class ApiKeyAuthenticator(IServiceScopeFactory scopes, TimeProvider time, IOptions<ApiOptions> options)
{
    /// <summary>What the store says about a presented key.</summary>
    internal sealed record Lookup(ApiCaller? Caller, bool Revoked);

    /// <summary>More keys than any site has partners: past it (someone trying keys), the memory starts again.</summary>
    internal const int MaxRemembered = 10_000;

    private static readonly Lookup Unknown = new(null, false);

    private readonly ConcurrentDictionary<string, Remembered> recent = new(StringComparer.Ordinal);

    private sealed record Remembered(Lookup Lookup, long Until);

    public ValueTask<Lookup> FindAsync(string presentedKey, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        if (recent.TryGetValue(presentedKey, out var remembered) && now < remembered.Until)
        {
            return ValueTask.FromResult(remembered.Lookup);
        }

        return ApiKeyFormat.IsWellFormed(presentedKey) ? new ValueTask<Lookup>(LookUpAsync(presentedKey, now, cancellationToken)) : ValueTask.FromResult(Unknown);
    }

    private async Task<Lookup> LookUpAsync(string presentedKey, long now, CancellationToken cancellationToken)
    {
        var hash = ApiKeyFormat.Hash(presentedKey);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        var lookup = key switch
        {
            null => Unknown,
            { RevokedUtc: not null } => new Lookup(null, true),
            _ => new Lookup(new ApiCaller(key.Id, key.Name, key.Scopes.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), key.RatePerMinute), false),
        };
        if (recent.Count >= MaxRemembered)
        {
            recent.Clear();
        }

        recent[presentedKey] = new Remembered(lookup, now + (long)(options.Value.KeyCacheDuration.TotalSeconds * time.TimestampFrequency));
        return lookup;
    }
}
