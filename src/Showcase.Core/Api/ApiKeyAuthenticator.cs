using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Api;
using Showcase.Core.Data;

namespace Showcase.Core.Api;

/// <summary>
/// Finds the key a call presents. Lookups are remembered for <see cref="ApiOptions.KeyCacheDuration"/>
/// (unknown keys too), so a busy partner costs one query per key per few seconds, and a revocation
/// takes effect on every node within that time.
/// </summary>
internal sealed class ApiKeyAuthenticator(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<ApiOptions> options)
{
    /// <summary>What the store says about a presented key.</summary>
    internal sealed record Lookup(ApiCaller? Caller, bool Revoked);

    private static readonly Lookup Unknown = new(null, false);

    public async Task<Lookup> FindAsync(string presentedKey, CancellationToken cancellationToken)
    {
        if (!ApiKeyFormat.IsWellFormed(presentedKey))
        {
            return Unknown;
        }

        var hash = ApiKeyFormat.Hash(presentedKey);
        if (cache.TryGetValue<Lookup>(CacheKey(hash), out var cached) && cached is not null)
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        var lookup = key switch
        {
            null => Unknown,
            { RevokedUtc: not null } => new Lookup(null, true),
            _ => new Lookup(new ApiCaller(key.Id, key.Name, key.Scopes.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), key.RatePerMinute), false),
        };
        cache.Set(CacheKey(hash), lookup, options.Value.KeyCacheDuration);
        return lookup;
    }

    private static string CacheKey(string hash) => "showcase:apikey:" + hash;
}
