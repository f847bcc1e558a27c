using System.Net;
using System.Text.Json;
using Google.Protobuf;
using Shouldly;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Tests;

[Collection(ApiCollection.Name)]
public sealed class JsonTranscodingTests(ApiFixture fixture)
{
    private readonly LeaderboardService.LeaderboardServiceClient _boards = new(fixture.Host.Channel);

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path, string? key)
    {
        using var response = await fixture.Host.Http.SendAsync(fixture.Host.JsonGet(path, key));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task The_json_routes_answer_what_grpc_answers_on_the_http1_site_port()
    {
        var parent = "rounds/" + TestRecipes.Published;
        var grpc = await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = parent, IncludeUnranked = true }, LeaderboardsHost.Key(fixture.ReaderKey));

        var (status, body) = await GetAsync($"/v1/{parent}/entries?includeUnranked=true", fixture.ReaderKey);

        status.ShouldBe(HttpStatusCode.OK);
        var json = JsonParser.Default.Parse<ListLeaderboardEntriesResponse>(body.GetRawText());
        json.ShouldBe(grpc);

        var (_, round) = await GetAsync("/v1/" + parent, fixture.ReaderKey);
        round.GetProperty("code").GetString().ShouldBe(TestRecipes.Published);
        round.GetProperty("state").GetString().ShouldBe("ROUND_STATE_PUBLIC_NOTICE");

        var (_, around) = await GetAsync($"/v1/{parent}/entries/P2:around?radius=1", fixture.ReaderKey);
        around.GetProperty("entries").GetArrayLength().ShouldBe(3);

        var (_, stage) = await GetAsync($"/v1/{parent}/stages/first/entries", fixture.ReaderKey);
        stage.GetProperty("entries")[0].GetProperty("stageReached").GetString().ShouldBe("first");
    }

    [Fact]
    public async Task Json_errors_are_google_rpc_status_with_error_info()
    {
        var (missing, missingBody) = await GetAsync("/v1/rounds", null);
        missing.ShouldBe(HttpStatusCode.Unauthorized);
        missingBody.GetProperty("code").GetInt32().ShouldBe(16);

        var (hidden, hiddenBody) = await GetAsync($"/v1/rounds/{TestRecipes.Draft}", fixture.ReaderKey);
        hidden.ShouldBe(HttpStatusCode.NotFound);
        hiddenBody.GetProperty("code").GetInt32().ShouldBe(5);
        var info = hiddenBody.GetProperty("details").EnumerateArray().Single(d => d.GetProperty("@type").GetString()!.EndsWith("google.rpc.ErrorInfo", StringComparison.Ordinal));
        info.GetProperty("reason").GetString().ShouldBe("ROUND_NOT_FOUND");
        info.GetProperty("domain").GetString().ShouldBe("showcase");

        var (denied, _) = await GetAsync("/v1/brands", fixture.ReaderKey);
        denied.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_json_route()
    {
        using var response = await fixture.Host.Http.GetAsync("/v1/openapi.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/v1/rounds");
        paths.ShouldContain("/v1/rounds/{round_id}");
        paths.ShouldContain("/v1/rounds/{round_id}/entries");
        paths.ShouldContain("/v1/rounds/{round_id}/stages/{stage_id}/entries");
        paths.ShouldContain("/v1/rounds/{round_id}/entries/{entry_id}/rating");
        paths.ShouldContain("/v1/brands/{brand_id}");
        document.GetProperty("components").GetProperty("schemas").GetProperty("showcase.v1.LeaderboardEntry").GetProperty("properties").GetProperty("rankIntervalLow")
            .GetProperty("description").GetString().ShouldNotBeNullOrEmpty();
    }
}
