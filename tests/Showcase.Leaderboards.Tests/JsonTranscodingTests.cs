using System.Diagnostics;
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
    public async Task A_parameter_the_method_does_not_have_or_a_value_its_field_cannot_hold_is_refused_naming_it()
    {
        var entries = $"/v1/rounds/{TestRecipes.Published}/entries";
        foreach (var (query, reason, parameter, says) in new[]
        {
            ("pagesize=2", "QUERY_PARAMETER_UNKNOWN", "pagesize", "its parameters are pageSize, pageToken, includeUnranked, ifVersion"),
            ("pageSize=abc", "QUERY_PARAMETER_INVALID", "pageSize", "pageSize must be a whole number (int32); 'abc' is not."),
            ("includeUnranked=maybe", "QUERY_PARAMETER_INVALID", "includeUnranked", "includeUnranked must be true or false"),
            ("ifVersion=1.5", "QUERY_PARAMETER_INVALID", "ifVersion", "ifVersion must be a whole number (int64)"),
            ("pageSize=1&pageSize=2", "QUERY_PARAMETER_INVALID", "pageSize", "pageSize is given 2 times"),
            ($"parent=rounds/{TestRecipes.Draft}", "QUERY_PARAMETER_INVALID", "parent", "parent is part of the address"),
        })
        {
            var (status, body) = await GetAsync($"{entries}?{query}", fixture.ReaderKey);

            status.ShouldBe(HttpStatusCode.BadRequest, query);
            body.GetProperty("code").GetInt32().ShouldBe(3, query);
            body.GetProperty("message").GetString()!.ShouldContain(says, Case.Sensitive, query);
            var details = body.GetProperty("details").EnumerateArray().ToList();
            var info = details.Single(d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.ErrorInfo");
            info.GetProperty("reason").GetString().ShouldBe(reason, query);
            info.GetProperty("domain").GetString().ShouldBe("showcase", query);
            info.GetProperty("metadata").GetProperty("parameter").GetString().ShouldBe(parameter, query);
            details.Single(d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest")
                .GetProperty("fieldViolations")[0].GetProperty("field").GetString().ShouldBe(parameter, query);
        }

        // What a method has is taken by its JSON name or its proto name, and a repeated field more than once.
        var (byProtoName, page) = await GetAsync($"{entries}?page_size=2&include_unranked=true", fixture.ReaderKey);
        byProtoName.ShouldBe(HttpStatusCode.OK);
        page.GetProperty("entries").GetArrayLength().ShouldBe(2);
        var (batch, both) = await GetAsync($"{entries}:batchGet?names=rounds/{TestRecipes.Published}/entries/P2&names=rounds/{TestRecipes.Published}/entries/P1", fixture.ReaderKey);
        batch.ShouldBe(HttpStatusCode.OK);
        both.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("entryCode").GetString()).ShouldBe(["P2", "P1"]);
    }

    [Fact]
    public async Task An_address_under_v1_that_no_route_takes_is_not_found_as_json()
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post, HttpMethod.Delete })
        {
            foreach (var path in new[] { "/v1/nothing/here", "/v1/rounds/" + TestRecipes.Published + "/entries/P1/scores" })
            {
                using var request = fixture.Host.JsonGet(path, fixture.ReaderKey);
                request.Method = method;
                using var response = await fixture.Host.Http.SendAsync(request);
                var what = $"{method} {path}";

                response.StatusCode.ShouldBe(HttpStatusCode.NotFound, what);
                response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json", what);
                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                body.GetProperty("code").GetInt32().ShouldBe(5, what);
                body.GetProperty("message").GetString().ShouldBe($"There is no route {method} {path}. The JSON routes answer GET; /v1/openapi.json lists them.", what);
                body.GetProperty("details")[0].GetProperty("reason").GetString().ShouldBe("ROUTE_NOT_FOUND", what);
                response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], what);
            }
        }

        using var wrongMethod = new HttpRequestMessage(HttpMethod.Post, "/v1/rounds");
        using var refused = await fixture.Host.Http.SendAsync(wrongMethod);
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("ROUTE_NOT_FOUND", Case.Sensitive);
    }

    [SkippableFact]
    public async Task The_openapi_document_is_valid_openapi_3_to_a_partners_tools()
    {
        var node = NodeTool.Require("@apidevtools/swagger-parser");
        var file = Path.Combine(Path.GetTempPath(), $"showcase-openapi-{Guid.NewGuid():N}.json");
        try
        {
            using (var response = await fixture.Host.Http.GetAsync("/v1/openapi.json"))
            {
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
            }

            var info = new ProcessStartInfo(node) { RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add(NodeTool.Script("openapi-check.js"));
            info.ArgumentList.Add(file);
            using var process = Process.Start(info)!;
            var (output, errors) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            await process.WaitForExitAsync();

            process.ExitCode.ShouldBe(0, await errors);
            (await output).Trim().ShouldBe("valid 3.0.3 13");
        }
        finally
        {
            File.Delete(file);
        }
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
