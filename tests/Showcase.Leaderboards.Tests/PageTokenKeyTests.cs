using Microsoft.Data.Sqlite;
using Shouldly;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Tests;

/// <summary>
/// The page-token key is made once, by the first start, and kept in the database: a token a partner holds across a
/// restart is still accepted (on PostgreSQL, <c>ClusterTests</c> has another node accept it).
/// </summary>
public sealed class PageTokenKeyTests
{
    [Fact]
    public async Task A_page_token_issued_before_a_restart_is_accepted_after_it_and_the_key_is_made_once()
    {
        var dataDir = Directory.CreateTempSubdirectory("showcase-lb-key-").FullName;
        var settings = new Dictionary<string, string?> { ["Showcase:DataDir"] = dataDir };
        var published = "rounds/" + TestRecipes.Published;
        try
        {
            ListLeaderboardEntriesResponse all, first;
            string apiKey;
            await using (var host = await LeaderboardsHost.StartAsync(settings, recipes: [TestRecipes.Base(40), TestRecipes.SmallRounds()]))
            {
                var key = await host.CreateKeyAsync("paper", "leaderboards:read");
                await Eventually.LoadedAsync(host, key);
                var boards = new LeaderboardService.LeaderboardServiceClient(host.Channel);
                all = await boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = published, IncludeUnranked = true }, LeaderboardsHost.Key(key));
                first = await boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = published, IncludeUnranked = true, PageSize = 2 }, LeaderboardsHost.Key(key));
                apiKey = key;
            }

            var stored = TokenKeys(dataDir);
            stored.ShouldHaveSingleItem().Length.ShouldBe(32);

            await using (var host = await LeaderboardsHost.StartAsync(settings))
            {
                await Eventually.LoadedAsync(host, apiKey);
                var boards = new LeaderboardService.LeaderboardServiceClient(host.Channel);
                var rest = await boards.ListLeaderboardEntriesAsync(
                    new ListLeaderboardEntriesRequest { Parent = published, IncludeUnranked = true, PageSize = 100, PageToken = first.NextPageToken },
                    LeaderboardsHost.Key(apiKey));

                rest.Version.ShouldBe(first.Version);
                first.Entries.Concat(rest.Entries).Select(e => e.Name).ShouldBe(all.Entries.Select(e => e.Name));
            }

            TokenKeys(dataDir).ShouldHaveSingleItem().ShouldBe(stored[0]);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static List<byte[]> TokenKeys(string dataDir)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "showcase.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Key FROM Lb_TokenKeys";
        using var reader = command.ExecuteReader();
        var keys = new List<byte[]>();
        while (reader.Read())
        {
            keys.Add((byte[])reader[0]);
        }

        return keys;
    }
}
