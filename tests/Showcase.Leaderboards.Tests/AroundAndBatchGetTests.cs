using Grpc.Core;
using Shouldly;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Tests;

/// <summary>
/// The edges (Nakama's bug history sits there): the first and the last entry, ties, unranked entries. The published
/// round ranks P1, then P2 and P3 tied, P4, then P6 (eliminated in the first stage); P5 and P8 (short panels) and
/// P7 (withdrawn) are unranked.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AroundAndBatchGetTests(ApiFixture fixture)
{
    private static readonly string Round = "rounds/" + TestRecipes.Published;
    private readonly LeaderboardService.LeaderboardServiceClient _boards = new(fixture.Host.Channel);

    private Metadata Key => LeaderboardsHost.Key(fixture.ReaderKey);

    private static string Entry(string code) => $"{Round}/entries/{code}";

    private async Task<List<LeaderboardEntry>> AllAsync() =>
        [.. (await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = Round, PageSize = 500, IncludeUnranked = true }, Key)).Entries];

    [Fact]
    public async Task The_published_round_has_ties_an_eliminated_entry_and_unranked_entries_at_the_end()
    {
        var all = await AllAsync();

        all.Select(e => e.Position).ShouldBe(Enumerable.Range(1, 8));
        all.Count(e => e.Tied).ShouldBeGreaterThanOrEqualTo(2);
        all.ShouldContain(e => e.Status == EntryStatus.Eliminated && e.Rank > 0);
        all.TakeLast(2).ShouldAllBe(e => e.Rank == 0);
        all[0].Grade.ShouldBe("TOP2");
        all[0].RankIntervalLow.ShouldBeGreaterThan(0); // published: intervals are computed
    }

    [Fact]
    public async Task Around_the_first_entry_returns_it_and_the_entries_below_only()
    {
        var all = await AllAsync();

        var around = await _boards.ListLeaderboardEntriesAroundAsync(new ListLeaderboardEntriesAroundRequest { Name = all[0].Name, Radius = 2 }, Key);

        around.Entries.Select(e => e.EntryCode).ShouldBe(all.Take(3).Select(e => e.EntryCode));
    }

    [Fact]
    public async Task Around_the_last_ranked_entry_stops_at_the_ranked_list_unless_unranked_are_asked_for()
    {
        var all = await AllAsync();
        var lastRanked = all.Last(e => e.Rank > 0);

        var ranked = await _boards.ListLeaderboardEntriesAroundAsync(new ListLeaderboardEntriesAroundRequest { Name = lastRanked.Name, Radius = 3 }, Key);
        ranked.Entries.Select(e => e.Position).ShouldBe(Enumerable.Range(lastRanked.Position - 3, 4));

        var withUnranked = await _boards.ListLeaderboardEntriesAroundAsync(new ListLeaderboardEntriesAroundRequest { Name = lastRanked.Name, Radius = 3, IncludeUnranked = true }, Key);
        withUnranked.Entries.Select(e => e.Position).ShouldBe(Enumerable.Range(lastRanked.Position - 3, 4 + Math.Min(3, all.Count - lastRanked.Position)));
    }

    [Fact]
    public async Task Around_an_unranked_entry_returns_it_with_its_neighbours_by_position()
    {
        var all = await AllAsync();
        var last = all[^1];

        var around = await _boards.ListLeaderboardEntriesAroundAsync(new ListLeaderboardEntriesAroundRequest { Name = last.Name, Radius = 1 }, Key);

        around.Entries.Select(e => e.EntryCode).ShouldBe([all[^2].EntryCode, last.EntryCode]);
    }

    [Fact]
    public async Task Around_a_tied_entry_keeps_the_tie_in_position_order_and_the_default_radius_is_five()
    {
        var all = await AllAsync();
        var tied = all.First(e => e.Tied);

        var around = await _boards.ListLeaderboardEntriesAroundAsync(new ListLeaderboardEntriesAroundRequest { Name = tied.Name }, Key);

        around.Entries.Select(e => e.Position).ShouldBe(Enumerable.Range(1, Math.Min(all.Count(e => e.Rank > 0), tied.Position + 5)));
        around.Entries.Where(e => e.Tied).Select(e => e.Rank).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task Around_refuses_a_negative_radius_and_an_unknown_entry()
    {
        (await Should.ThrowAsync<RpcException>(async () => await _boards.ListLeaderboardEntriesAroundAsync(new ListLeaderboardEntriesAroundRequest { Name = Entry("P1"), Radius = -1 }, Key)))
            .StatusCode.ShouldBe(StatusCode.InvalidArgument);
        (await Should.ThrowAsync<RpcException>(async () => await _boards.ListLeaderboardEntriesAroundAsync(new ListLeaderboardEntriesAroundRequest { Name = Entry("NOPE") }, Key)))
            .StatusCode.ShouldBe(StatusCode.NotFound);
    }

    [Fact]
    public async Task Batch_get_keeps_the_order_asked_including_repeats_and_unranked_entries()
    {
        var all = await AllAsync();
        string[] names = [all[^1].Name, all[0].Name, all[3].Name, all[0].Name];

        var batch = await _boards.BatchGetLeaderboardEntriesAsync(new BatchGetLeaderboardEntriesRequest { Parent = Round, Names = { names } }, Key);

        batch.Entries.Select(e => e.Name).ShouldBe(names);
        batch.Entries[0].ShouldBe(all[^1]);
        batch.Version.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Batch_get_is_all_or_nothing()
    {
        var error = await Should.ThrowAsync<RpcException>(async () => await _boards.BatchGetLeaderboardEntriesAsync(
            new BatchGetLeaderboardEntriesRequest { Parent = Round, Names = { Entry("P1"), Entry("NOPE") } }, Key));
        error.StatusCode.ShouldBe(StatusCode.NotFound);
        error.Status.Detail.ShouldContain("NOPE");

        var foreign = await Should.ThrowAsync<RpcException>(async () => await _boards.BatchGetLeaderboardEntriesAsync(
            new BatchGetLeaderboardEntriesRequest { Parent = Round, Names = { Entry("P1"), $"rounds/{TestRecipes.Final}/entries/F1" } }, Key));
        foreign.StatusCode.ShouldBe(StatusCode.InvalidArgument);
    }

    [Fact]
    public async Task A_stage_has_its_own_leaderboard_and_get_returns_the_round_line()
    {
        var stage = await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = Round + "/stages/first", IncludeUnranked = true }, Key);
        stage.Entries.Count.ShouldBe(7); // every entry but the withdrawn one took part
        stage.Entries.ShouldAllBe(e => e.StageReached == "first" && e.Grade == "");

        var line = await _boards.GetLeaderboardEntryAsync(new GetLeaderboardEntryRequest { Name = Entry("P1") }, Key);
        line.ShouldBe((await AllAsync()).Single(e => e.EntryCode == "P1"));
        line.Community.ShouldBe("尧舜社区");
        line.District.ShouldBe("东至县");
    }
}
