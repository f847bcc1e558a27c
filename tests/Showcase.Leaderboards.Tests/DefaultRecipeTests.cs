using System.Text.Json;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Api.V1;
using Showcase.Evaluations.Services;

namespace Showcase.Leaderboards.Tests;

/// <summary>The rounds of the default recipe (the seed's demo data), as a fresh site starts with them.</summary>
public sealed class DefaultRecipeTests : IAsyncLifetime
{
    private LeaderboardsHost _host = null!;
    private string _key = "";

    public async Task InitializeAsync()
    {
        _host = await LeaderboardsHost.StartAsync(seedDemoData: true);
        _key = await _host.CreateKeyAsync("everything", "leaderboards:read,rounds:preview,leaderboards:live");
        await Eventually.LoadedAsync(_host, _key);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_default_recipes_rounds_show_the_same_ranks_scores_and_grades_through_grpc_json_and_the_standings_the_pages_read()
    {
        var boards = new LeaderboardService.LeaderboardServiceClient(_host.Channel);
        var rounds = (await boards.ListRoundsAsync(new ListRoundsRequest(), LeaderboardsHost.Key(_key))).Rounds;
        rounds.Count.ShouldBeGreaterThanOrEqualTo(2);

        foreach (var round in rounds)
        {
            var grpc = await boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = round.Name, IncludeUnranked = true, PageSize = 500 }, LeaderboardsHost.Key(_key));
            using var response = await _host.Http.SendAsync(_host.JsonGet($"/v1/{round.Name}/entries?includeUnranked=true&pageSize=500", _key));
            var json = JsonParser.Default.Parse<ListLeaderboardEntriesResponse>(await response.Content.ReadAsStringAsync());
            var standings = await _host.InScopeAsync(services => services.GetRequiredService<IStandingsReader>().GetAsync(round.Code));

            var expected = standings!.Standings.Entries.Select(s => (s.EntryCode, s.Rank, s.ScoreText, s.Grade)).ToList();
            grpc.Entries.Select(e => (e.EntryCode, e.Rank, e.Score, e.Grade)).ShouldBe(expected, round.Code);
            json.Entries.Select(e => (e.EntryCode, e.Rank, e.Score, e.Grade)).ShouldBe(expected, round.Code);
            grpc.Version.ShouldBe(standings.Revision);
        }
    }
}
