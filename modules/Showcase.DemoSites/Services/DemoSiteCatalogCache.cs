using Microsoft.Extensions.Caching.Memory;

namespace Showcase.DemoSites.Services;

/// <summary>
/// What the public site pages read, kept in memory between changes. A change to a site or a page starts a new
/// generation, so nothing older is served after it in this process; entries also expire after
/// <see cref="Lifetime"/>, which bounds staleness when another node of a cluster makes the change.
/// </summary>
public sealed class DemoSiteCatalogCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 5000 });
    private long _generation;

    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load)
    {
        var entryKey = $"{Interlocked.Read(ref _generation)}|{key}";
        if (_cache.TryGetValue(entryKey, out T? cached))
        {
            return cached!;
        }

        var value = await load();
        _cache.Set(entryKey, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return value;
    }

    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Dispose() => _cache.Dispose();
}
