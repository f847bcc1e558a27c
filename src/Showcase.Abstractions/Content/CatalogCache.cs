using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Showcase.Abstractions.Content;

/// <summary>
/// What a module's public pages read, kept in memory between changes. A change starts a new generation
/// (<see cref="Invalidate"/>), so nothing older is served after it in this process; entries also expire after
/// <see cref="Lifetime"/>, which bounds staleness when another node of a cluster makes the change.
/// </summary>
/// <remarks>
/// One load per key at a time: a request that asks for what another request is loading waits for that load instead of
/// running the same queries beside it. At a start, the home page's warm-up and the first visitor's request ask for the
/// same things at the same moment, and on two cores the second would otherwise compile and run every query again. A
/// waiter whose load failed or was cancelled (its request was aborted) loads for itself, so that one request's
/// failure is not handed to another.
/// </remarks>
public abstract class CatalogCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 5000 });
    private readonly ConcurrentDictionary<string, Task> _loading = new(StringComparer.Ordinal);
    private long _generation;

    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load)
    {
        var entryKey = $"{Interlocked.Read(ref _generation)}|{key}";
        if (_cache.TryGetValue(entryKey, out T? cached))
        {
            return cached!;
        }

        var mine = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (_loading.GetOrAdd(entryKey, mine.Task) is Task<T> running && running != mine.Task)
        {
            // Another request is loading it: its answer, or, if its load did not end with one, a load of our own.
            var answered = await Task.WhenAny(running);
            return answered.IsCompletedSuccessfully ? answered.Result : await load();
        }

        try
        {
            var value = await load();
            // A change during the load leaves a stale value under the old generation, which nobody asks for.
            _cache.Set(entryKey, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
            mine.SetResult(value);
            return value;
        }
        catch
        {
            // The waiters load for themselves (above); the exception is this caller's alone.
            mine.SetCanceled();
            throw;
        }
        finally
        {
            _loading.TryRemove(new KeyValuePair<string, Task>(entryKey, mine.Task));
        }
    }

    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Dispose()
    {
        _cache.Dispose();
        GC.SuppressFinalize(this);
    }
}
