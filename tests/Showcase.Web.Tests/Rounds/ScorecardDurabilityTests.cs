using System.Collections.Concurrent;
using System.Net;
using Microsoft.Data.Sqlite;
using Shouldly;
using Showcase.Testing;

namespace Showcase.Web.Tests.Rounds;

/// <summary>
/// A real host killed with SIGKILL in the middle of a burst of 1,000 scorecard submissions over HTTP: after a restart
/// every submission it acknowledged (2xx) is there, each once, and the score ledger's chain verifies.
/// </summary>
public sealed class ScorecardDurabilityTests : IDisposable
{
    private const string Round = "burst";
    private const string Password = "burst-pass-2030";
    private const int Judges = 20;
    private const int Entries = 50;

    private readonly string _dataDir = Directory.CreateTempSubdirectory("showcase-burst-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    [Fact]
    public async Task Every_acknowledged_submission_survives_a_SIGKILL_mid_burst_and_the_ledger_verifies()
    {
        await using (await ShowcaseProcess.StartAsync(dataDir: _dataDir))
        {
            // The first start loads the demo data (organisation tree, brands).
        }

        var recipe = Path.Combine(_dataDir, "burst.recipe.json");
        await File.WriteAllTextAsync(recipe, ScoringRoundRecipe.Json(Round, Judges, Entries, "BURST_PASSWORD"));
        var (recipeExit, recipeOutput) = await ShowcaseProcess.RunVerbAsync(_dataDir, ["recipe", recipe], environment: new Dictionary<string, string> { ["BURST_PASSWORD"] = Password });
        recipeExit.ShouldBe(0, recipeOutput);

        var acknowledged = new ConcurrentDictionary<string, (int Judge, int Entry)>();
        var failed = 0;
        var host = await ShowcaseProcess.StartAsync(dataDir: _dataDir);
        try
        {
            var judges = await Task.WhenAll(Enumerable.Range(1, Judges).Select(j => JudgeClient.SignInAsync(host.WebUrl, ScoringRoundRecipe.Judge(j), Password, Round)));
            using var killed = new CancellationTokenSource();
            var killer = Task.Run(async () =>
            {
                // Kill once a quarter of the burst is acknowledged, with the rest in flight.
                while (acknowledged.Count < 250 && !killed.IsCancellationRequested)
                {
                    await Task.Delay(5);
                }

                await host.KillAsync();
            });
            await Task.WhenAll(judges.Select((judge, index) => Task.Run(async () =>
            {
                var j = index + 1;
                for (var e = 1; e <= Entries; e++)
                {
                    var key = $"{ScoringRoundRecipe.Judge(j)}/{ScoringRoundRecipe.Entry(e)}";
                    try
                    {
                        using var response = await judge.SubmitAsync(Round, ScoringRoundRecipe.Stage, ScoringRoundRecipe.Entry(e), ScoringRoundRecipe.Scores(j, e), key);
                        if (response.IsSuccessStatusCode)
                        {
                            acknowledged[key] = (j, e);
                        }
                        else
                        {
                            Interlocked.Increment(ref failed);
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            })));
            killed.Cancel();
            await killer;
            foreach (var judge in judges)
            {
                judge.Dispose();
            }
        }
        finally
        {
            await host.DisposeAsync();
        }

        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(250);
        failed.ShouldBeGreaterThan(0, "the host was killed while submissions were still coming");

        // After the restart: every acknowledged key is known, with its scores (a replay is answered 200, nothing new stored).
        await using (var restarted = await ShowcaseProcess.StartAsync(dataDir: _dataDir))
        {
            var replays = new ConcurrentBag<HttpStatusCode>();
            var clients = new ConcurrentDictionary<int, JudgeClient>();
            foreach (var group in acknowledged.GroupBy(a => a.Value.Judge))
            {
                var client = await JudgeClient.SignInAsync(restarted.WebUrl, ScoringRoundRecipe.Judge(group.Key), Password, Round);
                clients[group.Key] = client;
                foreach (var (key, (j, e)) in group)
                {
                    using var response = await client.SubmitAsync(Round, ScoringRoundRecipe.Stage, ScoringRoundRecipe.Entry(e), ScoringRoundRecipe.Scores(j, e), key);
                    replays.Add(response.StatusCode);
                }
            }

            foreach (var client in clients.Values)
            {
                client.Dispose();
            }

            replays.Count.ShouldBe(acknowledged.Count);
            replays.ShouldAllBe(status => status == HttpStatusCode.OK, "every acknowledged submission was stored before it was acknowledged");
        }

        var (stored, events) = await CountAsync();
        stored.ShouldBeGreaterThanOrEqualTo(acknowledged.Count);
        events.ShouldBe(stored, "one ledger event per stored submission, none half-written");
        var (verifyExit, verifyOutput) = await ShowcaseProcess.RunVerbAsync(_dataDir, ["ledger", "verify", Round]);
        verifyExit.ShouldBe(0, verifyOutput);
        verifyOutput.ShouldContain("ledger intact");
    }

    private async Task<(long Receipts, long Events)> CountAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataDir, "showcase.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM Eval_Receipts WHERE RoundId = r.Id), (SELECT COUNT(*) FROM Eval_Ledger WHERE RoundId = r.Id)
            FROM Eval_Rounds r WHERE r.Code = 'burst'
            """;
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
