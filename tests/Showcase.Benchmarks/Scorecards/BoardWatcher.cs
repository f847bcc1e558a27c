using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Showcase.Benchmarks.Scorecards;

/// <summary>
/// A big screen without a browser: reads a server-sent event stream and notes when each board arrived (by the ledger
/// sequence it includes), so that a submitter can ask when its scorecard first reached the screen.
/// </summary>
public sealed class BoardWatcher : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(long Sequence, long Timestamp)> _boards = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private Task _reading = Task.CompletedTask;

    public static async Task<BoardWatcher> StartAsync(Uri events)
    {
        var watcher = new BoardWatcher();
        var response = await watcher._http.GetAsync(events, HttpCompletionOption.ResponseHeadersRead, watcher._stop.Token);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(watcher._stop.Token);
        watcher._reading = Task.Run(() => watcher.ReadAsync(response, stream));
        return watcher;
    }

    /// <summary>The time (Stopwatch timestamp) the first board with at least <paramref name="sequence"/> arrived.</summary>
    public async Task<long> ArrivalOfAsync(long sequence, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            lock (_boards)
            {
                foreach (var (seen, at) in _boards)
                {
                    if (seen >= sequence)
                    {
                        return at;
                    }
                }
            }

            var left = deadline - Stopwatch.GetTimestamp();
            if (left <= 0 || !await _arrived.WaitAsync(TimeSpan.FromSeconds((double)left / Stopwatch.Frequency)))
            {
                throw new TimeoutException($"No board with ledger sequence {sequence} within {timeout}.");
            }
        }
    }

    private async Task ReadAsync(HttpResponseMessage response, Stream stream)
    {
        using (response)
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            try
            {
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    if (!line.StartsWith("data:", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var at = Stopwatch.GetTimestamp();
                    var sequence = (long)JsonNode.Parse(line[5..])!["ledgerSequence"]!;
                    lock (_boards)
                    {
                        _boards.Add((sequence, at));
                    }

                    _arrived.Release();
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (IOException)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _http.Dispose();
        _stop.Dispose();
        _arrived.Dispose();
    }
}
