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
        _key = await _host.CreateKeyAsync("everything", "leaderboards:read,rounds:preview,leaderboards:live,catalog:read");
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

    [Fact]
    public async Task The_programmes_demo_sites_are_listed_by_kind_and_district_in_signed_pages_and_found_by_name()
    {
        var catalog = new CatalogService.CatalogServiceClient(_host.Channel);
        var key = LeaderboardsHost.Key(_key);

        var all = await catalog.ListDemoSitesAsync(new ListDemoSitesRequest { PageSize = 500 }, key);
        var request = new ListDemoSitesRequest { Kind = "pilot-street", PageSize = 2 };
        var streets = new List<DemoSite>();
        var page = await catalog.ListDemoSitesAsync(request, key);
        var total = page.TotalSize;
        while (true)
        {
            streets.AddRange(page.DemoSites);
            if (page.NextPageToken.Length == 0)
            {
                break;
            }

            page = await catalog.ListDemoSitesAsync(new ListDemoSitesRequest(request) { PageToken = page.NextPageToken }, key);
        }

        var site = await catalog.GetDemoSiteAsync(new GetDemoSiteRequest { Name = "sites/qiupu-street" }, key);
        using var json = await _host.Http.SendAsync(_host.JsonGet("/v1/sites/qiupu-street", _key));
        var transcoded = JsonParser.Default.Parse<DemoSite>(await json.Content.ReadAsStringAsync());
        var district = await catalog.ListDemoSitesAsync(new ListDemoSitesRequest { District = site.DistrictCode, PageSize = 500 }, key);

        all.TotalSize.ShouldBe(all.DemoSites.Count);
        all.DemoSites.Count.ShouldBeGreaterThan(2);
        streets.Count.ShouldBe(total);
        streets.Count.ShouldBeGreaterThan(2);
        streets.ShouldAllBe(s => s.Kind == "pilot-street");
        streets.Select(s => s.Name).Distinct().Count().ShouldBe(streets.Count);
        streets.Count.ShouldBe(all.DemoSites.Count(s => s.Kind == "pilot-street"));
        site.Title.ShouldBe("秋浦示范街");
        site.Name.ShouldBe("sites/qiupu-street");
        site.ProgrammeCode.ShouldNotBeNullOrEmpty();
        site.Url.ShouldEndWith("/sites/qiupu-street");
        site.Illustrative.ShouldBeTrue();
        transcoded.ShouldBe(site);
        district.DemoSites.ShouldContain(s => s.Slug == "qiupu-street");
        district.DemoSites.ShouldAllBe(s => s.DistrictCode == site.DistrictCode);
        (await Should.ThrowAsync<Grpc.Core.RpcException>(async () => await catalog.GetDemoSiteAsync(new GetDemoSiteRequest { Name = "sites/no-such-site" }, key))).StatusCode.ShouldBe(Grpc.Core.StatusCode.NotFound);
        (await Should.ThrowAsync<Grpc.Core.RpcException>(async () => await catalog.GetDemoSiteAsync(new GetDemoSiteRequest { Name = "brands/qiupu-street" }, key))).StatusCode.ShouldBe(Grpc.Core.StatusCode.InvalidArgument);
        (await Should.ThrowAsync<Grpc.Core.RpcException>(async () => await catalog.ListDemoSitesAsync(new ListDemoSitesRequest { Kind = "pilot-park", PageToken = (await catalog.ListDemoSitesAsync(request, key)).NextPageToken }, key))).StatusCode.ShouldBe(Grpc.Core.StatusCode.InvalidArgument);
    }
}
