using Grpc.Core;
using Grpc.Net.Client;
using Showcase.Api.V1;
using Showcase.Testing;

namespace Showcase.Leaderboards.Tests.Cluster;

/// <summary>
/// Two nodes on one throwaway PostgreSQL database: node A in the test's process on real loopback sockets (so that a
/// test can submit scorecards and run recipes through its services, as its pages would), node B a separate Showcase
/// process started from the built <c>Showcase.Web.dll</c>. B polls its leaderboards only every ten minutes, so what
/// reaches it in a test came through the cluster's notifications (or a resync after a reconnect), not a poll.
/// Nothing is started when <c>SHOWCASE_TEST_POSTGRES</c> is not set; the tests skip.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private TemporaryPostgresDatabase? _database;

    public TemporaryPostgresDatabase Database => _database ?? throw new InvalidOperationException(TemporaryPostgresDatabase.SkipReason);

    public LeaderboardsHost A { get; private set; } = null!;

    public ShowcaseProcess B { get; private set; } = null!;

    /// <summary>leaderboards:read, leaderboards:live; made on A, valid on B (API keys are rows in the shared database).</summary>
    public string LiveKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!TemporaryPostgresDatabase.IsConfigured)
        {
            return;
        }

        _database = await TemporaryPostgresDatabase.CreateAsync();
        A = await LeaderboardsHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Showcase:Database:Provider"] = "Postgres",
                ["Showcase:Database:ConnectionString"] = _database.ConnectionString,
                ["Showcase:Cluster:NodeName"] = "node-a",
            },
            recipes: [TestRecipes.Base(40), TestRecipes.SmallRounds()]);
        LiveKey = await A.CreateKeyAsync("live", "leaderboards:read,leaderboards:live");
        B = await ShowcaseProcess.StartAsync(new Dictionary<string, string>
        {
            ["Showcase:Database:Provider"] = "Postgres",
            ["Showcase:Database:ConnectionString"] = _database.ConnectionString,
            ["Showcase:SeedDemoData"] = "false",
            ["Showcase:Cluster:NodeName"] = "node-b",
            ["Showcase:Cluster:HeartbeatInterval"] = "00:00:02",
            ["Showcase:Leaderboards:PollInterval"] = "00:10:00",
            ["Showcase:Leaderboards:HeartbeatInterval"] = "00:00:02",
        });

        // B answers UNAVAILABLE until its store has loaded every round.
        using var channel = GrpcChannel.ForAddress(B.GrpcUrl);
        var boards = new LeaderboardService.LeaderboardServiceClient(channel);
        await Eventually.UntilAsync(
            async () =>
            {
                try
                {
                    return (await boards.ListRoundsAsync(new ListRoundsRequest(), LeaderboardsHost.Key(LiveKey))).Rounds.Count;
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable)
                {
                    return 0;
                }
            },
            count => count > 0,
            "node B to load its leaderboards");
    }

    public async Task DisposeAsync()
    {
        if (B is not null)
        {
            await B.DisposeAsync();
        }

        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
