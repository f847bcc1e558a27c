using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Showcase.Abstractions.Events;
using Showcase.Brands.Models;

namespace Showcase.Brands.Services;

/// <summary>
/// What the public pages read, kept in memory between changes: pages of the list, tags, counts per
/// district, single brands. Publishing and unpublishing start a new generation, so nothing older is
/// served after a change in this process; entries also expire after <see cref="Lifetime"/>, which bounds
/// staleness when another node of a cluster publishes.
/// </summary>
public sealed class BrandCatalogCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 5000 });
    private long _generation;

    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load)
    {
        var generation = Interlocked.Read(ref _generation);
        var entryKey = $"{generation}|{key}";
        if (_cache.TryGetValue(entryKey, out T? cached))
        {
            return cached!;
        }

        var value = await load();
        // A change during the load leaves a stale value under the old generation, which nobody asks for.
        _cache.Set(entryKey, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return value;
    }

    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Dispose() => _cache.Dispose();
}
