using System.Diagnostics;
using System.Net;

namespace Showcase.Benchmarks.BrandList;

/// <summary>Requests per second and latency percentiles of one measured run.</summary>
public sealed record LoadResult(string Name, long Requests, long Failures, TimeSpan Elapsed, double P50Ms, double P99Ms, long BodyBytes)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> workers each send the next GET as soon as the last
/// answered, until the duration is up or the request budget is spent. Loopback addresses only.
/// </summary>
public static class LoadGenerator
{
    /// <param name="bypassOutputCache">Sends an Authorization header, which ASP.NET Core's output cache never serves from cache: measures rendering.</param>
    /// <param name="cookie">A Cookie header to send (a signed-in user's session).</param>
    public static async Task<LoadResult> RunAsync(string name, Uri url, int concurrency, TimeSpan duration, long maxRequests, TimeSpan warmup, bool bypassOutputCache = false, string? cookie = null)
    {
        if (!IPAddress.TryParse(url.Host, out var address) || !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"Load is only sent to loopback addresses, not {url.Host}.", nameof(url));
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseCookies = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        if (bypassOutputCache)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Benchmark", "uncached");
        }

        if (cookie is not null)
        {
            http.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        // Warm-up, not counted: JIT, caches and connections. In slices of up to 5 s, until the rate stops rising (three
        // slices in a row none 5 % above the best) or `warmup` is spent: on a saturated core the runtime takes a
        // minute or more to recompile a rendered page's many methods at their final tier, and 15 s measured /brands
        // at a third of the rate it then keeps.
        var slice = warmup < TimeSpan.FromSeconds(5) ? warmup : TimeSpan.FromSeconds(5);
        var warming = Stopwatch.StartNew();
        for (double best = 0, flat = 0; slice > TimeSpan.Zero && warming.Elapsed < warmup && flat < 3;)
        {
            var (done, _, _) = await RunLoopAsync(http, url, concurrency, slice, maxRequests, null);
            var rate = done / slice.TotalSeconds;
            flat = rate > 1.05 * best ? 0 : flat + 1;
            best = Math.Max(best, rate);
        }

        var latencies = new List<long>[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            latencies[i] = new List<long>(4096);
        }

        var clock = Stopwatch.StartNew();
        var (requests, failures, bytes) = await RunLoopAsync(http, url, concurrency, duration, maxRequests, latencies);
        clock.Stop();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, requests, failures, clock.Elapsed, Percentile(all, 0.50), Percentile(all, 0.99), bytes);
    }

    private static async Task<(long Requests, long Failures, long BodyBytes)> RunLoopAsync(HttpClient http, Uri url, int concurrency, TimeSpan duration, long maxRequests, List<long>[]? latencies)
    {
        long issued = 0, failures = 0, bodyBytes = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var buffer = new byte[64 * 1024];
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    long length = 0;
                    int read;
                    while ((read = await body.ReadAsync(buffer)) > 0)
                    {
                        length += read;
                    }

                    Interlocked.Exchange(ref bodyBytes, length);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }

                latencies?[worker].Add(Stopwatch.GetTimestamp() - start);
            }
        }).ToList();
        await Task.WhenAll(workers);
        var done = Math.Min(Interlocked.Read(ref issued), maxRequests);
        return (latencies is null ? done : latencies.Sum(l => l.Count), failures, bodyBytes);
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
}
