using Grpc.Core;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Tests;

/// <summary>Waits for something the server does after commit (bounded, never a timing assertion).</summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Still waiting for " + what);
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Until the store has loaded every round (it answers UNAVAILABLE before).</summary>
    public static Task LoadedAsync(LeaderboardsHost host, string key) => UntilAsync(
        async () =>
        {
            try
            {
                return (await new LeaderboardService.LeaderboardServiceClient(host.Channel).ListRoundsAsync(new ListRoundsRequest(), LeaderboardsHost.Key(key))).Rounds.Count;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable)
            {
                return 0;
            }
        },
        count => count > 0,
        "the leaderboards to load");

    /// <summary>The leaderboard's current version once it is above <paramref name="above"/>.</summary>
    public static async Task<long> VersionAboveAsync(LeaderboardService.LeaderboardServiceClient client, string parent, string key, long above) =>
        (await UntilAsync(
            async () => await client.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = parent, PageSize = 1 }, LeaderboardsHost.Key(key)),
            r => r.Version > above,
            $"{parent} to pass version {above}")).Version;
}
