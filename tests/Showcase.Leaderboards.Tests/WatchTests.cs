using Grpc.Core;
using Shouldly;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Tests;

[Collection(ApiCollection.Name)]
public sealed class WatchTests(ApiFixture fixture)
{
    private static readonly string Big = "rounds/" + TestRecipes.Big;
    private static readonly string Live = "rounds/" + TestRecipes.Live;
    private readonly LeaderboardService.LeaderboardServiceClient _boards = new(fixture.Host.Channel);

    private Metadata Key => LeaderboardsHost.Key(fixture.LiveKey);

    /// <summary>The next event that is not a heartbeat.</summary>
    private static async Task<LeaderboardEvent> NextAsync(IAsyncStreamReader<LeaderboardEvent> stream, CancellationToken cancellationToken)
    {
        while (await stream.MoveNext(cancellationToken))
        {
            if (stream.Current.KindCase != LeaderboardEvent.KindOneofCase.Heartbeat)
            {
                return stream.Current;
            }
        }

        throw new InvalidOperationException("The stream ended.");
    }

    [Fact]
    public async Task A_submission_reaches_a_watcher_as_a_change_event_with_the_new_version_and_only_the_changed_entries()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var call = _boards.WatchLeaderboard(new WatchLeaderboardRequest { Parent = Live }, Key, cancellationToken: timeout.Token);
        var snapshot = await NextAsync(call.ResponseStream, timeout.Token);
        snapshot.Snapshot.Reason.ShouldBe(SnapshotReason.Initial);
        snapshot.Snapshot.Entries.Count.ShouldBe(2);

        await fixture.Host.SubmitAsync(TestRecipes.Live, "s1", "L2", "j1", new Dictionary<string, decimal> { ["score"] = 99 });
        var change = await NextAsync(call.ResponseStream, timeout.Token);

        change.KindCase.ShouldBe(LeaderboardEvent.KindOneofCase.Change);
        change.Change.PreviousVersion.ShouldBe(snapshot.Version);
        change.Version.ShouldBeGreaterThan(snapshot.Version);
        var l2 = change.Change.ChangedEntries.Single(e => e.EntryCode == "L2");
        l2.Rank.ShouldBe(1);
        change.Change.ChangedEntries.Count.ShouldBeLessThanOrEqualTo(2);
        var current = await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = Live, IfVersion = change.Version }, Key);
        current.Unchanged.ShouldBeTrue();
    }

    [Fact]
    public async Task Reconnecting_with_since_version_resumes_without_a_gap_and_a_current_version_sends_nothing_first()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        long held;
        using (var first = _boards.WatchLeaderboard(new WatchLeaderboardRequest { Parent = Live }, Key, cancellationToken: timeout.Token))
        {
            held = (await NextAsync(first.ResponseStream, timeout.Token)).Version;
        }

        // While disconnected, the leaderboard moves on.
        await fixture.Host.SubmitAsync(TestRecipes.Live, "s1", "L1", "j2", new Dictionary<string, decimal> { ["score"] = 12 });
        var moved = await Eventually.VersionAboveAsync(_boards, Live, fixture.LiveKey, held);

        using var resumed = _boards.WatchLeaderboard(new WatchLeaderboardRequest { Parent = Live, SinceVersion = held }, Key, cancellationToken: timeout.Token);
        var catchUp = await NextAsync(resumed.ResponseStream, timeout.Token);
        catchUp.KindCase.ShouldBe(LeaderboardEvent.KindOneofCase.Change);
        catchUp.Change.PreviousVersion.ShouldBe(held);
        catchUp.Version.ShouldBe(moved);
        catchUp.Change.ChangedEntries.ShouldContain(e => e.EntryCode == "L1");

        // Already current: the stream starts with the next change (a heartbeat comes first while nothing moves).
        using var current = _boards.WatchLeaderboard(new WatchLeaderboardRequest { Parent = Live, SinceVersion = moved }, Key, cancellationToken: timeout.Token);
        (await current.ResponseStream.MoveNext(timeout.Token)).ShouldBeTrue();
        current.ResponseStream.Current.KindCase.ShouldBe(LeaderboardEvent.KindOneofCase.Heartbeat);
        current.ResponseStream.Current.Version.ShouldBe(moved);
    }

    [Fact]
    public async Task A_thousand_watchers_on_one_node_all_get_the_change()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        using var channel = fixture.Host.OpenChannel();
        var client = new LeaderboardService.LeaderboardServiceClient(channel);
        var calls = Enumerable.Range(0, 1000).Select(_ => client.WatchLeaderboard(new WatchLeaderboardRequest { Parent = Live }, Key, cancellationToken: timeout.Token)).ToList();
        try
        {
            var firsts = await Task.WhenAll(calls.Select(c => NextAsync(c.ResponseStream, timeout.Token)));
            firsts.Count(e => e.KindCase == LeaderboardEvent.KindOneofCase.Snapshot).ShouldBe(calls.Count);
            var version = firsts.Max(e => e.Version);

            await fixture.Host.SubmitAsync(TestRecipes.Live, "s1", "L1", "j1", new Dictionary<string, decimal> { ["score"] = 31 });
            var next = await Task.WhenAll(calls.Select(async c =>
            {
                LeaderboardEvent e;
                do
                {
                    e = await NextAsync(c.ResponseStream, timeout.Token);
                }
                while (e.Version <= version);

                return e;
            }));

            next.Select(e => e.Version).Distinct().Count().ShouldBe(1, "every watcher gets the same new version");
            next.Count(e => e.Change.ChangedEntries.Any(c => c.EntryCode == "L1")).ShouldBe(calls.Count);
        }
        finally
        {
            calls.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task A_stalled_watcher_gets_a_fresh_snapshot_later_and_delays_nobody()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        using var stalledChannel = fixture.Host.OpenChannel();
        using var stalled = new LeaderboardService.LeaderboardServiceClient(stalledChannel).WatchLeaderboard(new WatchLeaderboardRequest { Parent = Big }, LeaderboardsHost.Key(fixture.PreviewKey), cancellationToken: timeout.Token);
        var stalledFirst = await NextAsync(stalled.ResponseStream, timeout.Token);
        using var healthy = _boards.WatchLeaderboard(new WatchLeaderboardRequest { Parent = Big }, LeaderboardsHost.Key(fixture.PreviewKey), cancellationToken: timeout.Token);
        var held = (await NextAsync(healthy.ResponseStream, timeout.Token)).Version;

        // The stalled client reads nothing while many versions go out (each a change of hundreds of lines, far more
        // than its HTTP/2 window, the server's response buffer and its queue of two events hold).
        var expected = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            // j5 swings E0100 between the top and the bottom: each version moves hundreds of lines.
            await fixture.Host.SubmitAsync(TestRecipes.Big, "s1", TestRecipes.Entry(100), "j5", new Dictionary<string, decimal> { ["score"] = i % 2 == 0 ? 100 : 0 });
            var version = await Eventually.VersionAboveAsync(_boards, Big, fixture.PreviewKey, expected.LastOrDefault(held));
            expected.Add(version);

            // The healthy watcher gets every version, in order, each a change from the one before.
            while (held < version)
            {
                var e = await NextAsync(healthy.ResponseStream, timeout.Token);
                e.KindCase.ShouldBe(LeaderboardEvent.KindOneofCase.Change);
                e.Change.PreviousVersion.ShouldBe(held);
                held = e.Version;
            }
        }

        // Now the stalled client reads: what was in flight, then a snapshot that brings it to the last version.
        LeaderboardEvent last;
        var resynced = false;
        do
        {
            last = await NextAsync(stalled.ResponseStream, timeout.Token);
            resynced |= last.KindCase == LeaderboardEvent.KindOneofCase.Snapshot && last.Snapshot.Reason == SnapshotReason.Resync;
        }
        while (last.Version < expected[^1]);

        resynced.ShouldBeTrue();
        last.Version.ShouldBe(expected[^1]);
        stalledFirst.Version.ShouldBeLessThan(last.Version);
    }
}
