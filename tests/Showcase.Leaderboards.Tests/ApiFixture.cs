using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Showcase.Leaderboards.Tests;

/// <summary>
/// One host for the API tests: a round of 1,000 entries in SCORING (shown live), the small rounds of
/// <see cref="TestRecipes.SmallRounds"/>, and keys for each scope. Watch heartbeats every 2 s, three old versions kept.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const int BigEntries = 1000;

    public LeaderboardsHost Host { get; private set; } = null!;

    /// <summary>leaderboards:read only.</summary>
    public string ReaderKey { get; private set; } = "";

    /// <summary>leaderboards:read, rounds:preview, ratings:read.</summary>
    public string PreviewKey { get; private set; } = "";

    /// <summary>leaderboards:read, leaderboards:live, ratings:read.</summary>
    public string LiveKey { get; private set; } = "";

    /// <summary>catalog:read only.</summary>
    public string CatalogKey { get; private set; } = "";

    /// <summary>leaderboards:read, 2 calls a minute.</summary>
    public string SlowKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Host = await LeaderboardsHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Showcase:Leaderboards:HeartbeatInterval"] = "00:00:02",
                ["Showcase:Leaderboards:KeepVersions"] = "3",
                ["Showcase:Leaderboards:WatcherQueueCapacity"] = "2",
            },
            services: services => services.AddSingleton<IInterceptor, FlowCommandCounter>(),
            recipes: [TestRecipes.Base(BigEntries), TestRecipes.BigRound(BigEntries), TestRecipes.SmallRounds()]);
        ReaderKey = await Host.CreateKeyAsync("reader", "leaderboards:read");
        PreviewKey = await Host.CreateKeyAsync("preview", "leaderboards:read,rounds:preview,ratings:read");
        LiveKey = await Host.CreateKeyAsync("live", "leaderboards:read,leaderboards:live,ratings:read");
        CatalogKey = await Host.CreateKeyAsync("catalog", "catalog:read");
        SlowKey = await Host.CreateKeyAsync("slow", "leaderboards:read", 2);
        await Eventually.LoadedAsync(Host, PreviewKey);
    }

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "partner api";
}
