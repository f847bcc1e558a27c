using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Shouldly;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests.Rounds;

/// <summary>
/// <c>POST /rounds/{code}/scorecards</c> as the judges' screens use it: a signed-in judge with the antiforgery header;
/// stored once per idempotency key; refusals as ProblemDetails that name the reason and the criterion.
/// </summary>
public sealed class ScorecardEndpointTests(RoundsHost host) : IClassFixture<RoundsHost>
{
    [Fact]
    public async Task A_judge_submits_once_per_key_and_a_replay_is_answered_without_storing_again()
    {
        var (judge, entry) = await host.MissingScorecardAsync("2022-top10");
        using var session = await host.SignedInAsync(judge);
        var token = await TokenAsync(session);
        var key = Guid.NewGuid().ToString();

        using var stored = await PostAsync(session, token, Card(entry, key, 35.5m));
        using var replayed = await PostAsync(session, token, Card(entry, key, 35.5m));
        using var reused = await PostAsync(session, token, Card(entry, key, 30m));
        var storedBody = await stored.Content.ReadFromJsonAsync<JsonObject>();
        var replayedBody = await replayed.Content.ReadFromJsonAsync<JsonObject>();
        var reusedBody = await reused.Content.ReadFromJsonAsync<JsonObject>();

        stored.StatusCode.ShouldBe(HttpStatusCode.Created);
        ((string)storedBody!["outcome"]!).ShouldBe("stored");
        ((string)storedBody["kind"]!).ShouldBe("submit");
        replayed.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string)replayedBody!["outcome"]!).ShouldBe("replayed");
        ((long)replayedBody["ledgerSequence"]!).ShouldBe((long)storedBody["ledgerSequence"]!, "the replay names the one ledger event");
        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        ((string)reusedBody!["reason"]!).ShouldBe("IDEMPOTENCY_KEY_REUSED");
    }

    [Fact]
    public async Task A_score_off_its_step_is_refused_naming_the_criterion_and_what_is_allowed()
    {
        var (judge, entry) = await host.MissingScorecardAsync("2022-top10", skip: 1);
        using var session = await host.SignedInAsync(judge);
        var token = await TokenAsync(session);

        using var response = await PostAsync(session, token, Card(entry, Guid.NewGuid().ToString(), 35.3m));
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        ((string)problem!["reason"]!).ShouldBe("OFF_STEP");
        ((string)problem["criterion"]!).ShouldBe("innovation");
        ((string)problem["detail"]!).ShouldContain("35.3");
    }

    [Fact]
    public async Task Without_the_antiforgery_header_without_signing_in_or_as_a_non_judge_nothing_is_stored()
    {
        var (judge, entry) = await host.MissingScorecardAsync("2022-top10", skip: 2);
        using var session = await host.SignedInAsync(judge);
        await TokenAsync(session);
        using var anonymous = host.Web.NewSession();
        using var editor = await host.SignedInAsync("editor-yly");
        var editorToken = await editor.Client.GetFromJsonAsync<JsonObject>(new Uri("/rounds/2022-top10/scorecards/token", UriKind.Relative));

        using var noHeader = await PostAsync(session, null, Card(entry, Guid.NewGuid().ToString(), 30m));
        using var notSignedIn = await PostAsync(anonymous, null, Card(entry, Guid.NewGuid().ToString(), 30m));
        using var notAJudge = await PostAsync(editor, (string)editorToken!["token"]!, Card(entry, Guid.NewGuid().ToString(), 30m));
        var (stillMissingJudge, stillMissingEntry) = await host.MissingScorecardAsync("2022-top10", skip: 2);

        noHeader.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((string)(await noHeader.Content.ReadFromJsonAsync<JsonObject>())!["reason"]!).ShouldBe("ANTIFORGERY");
        notSignedIn.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        notAJudge.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ((string)(await notAJudge.Content.ReadFromJsonAsync<JsonObject>())!["reason"]!).ShouldBe("NOT_A_JUDGE");
        (stillMissingJudge, stillMissingEntry).ShouldBe((judge, entry), "nothing was stored");
    }

    private static async Task<string> TokenAsync(WebSession session)
    {
        var answer = await session.Client.GetFromJsonAsync<JsonObject>(new Uri("/rounds/2022-top10/scorecards/token", UriKind.Relative));
        ((string)answer!["header"]!).ShouldBe("RequestVerificationToken");
        return (string)answer["token"]!;
    }

    private static object Card(string entry, string key, decimal innovation) =>
        new { stage = "final", entry, scores = new Dictionary<string, decimal> { ["innovation"] = innovation, ["effect"] = 31, ["spread"] = 17.5m }, key };

    private static async Task<HttpResponseMessage> PostAsync(WebSession session, string? token, object card)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/rounds/2022-top10/scorecards", UriKind.Relative))
        {
            Content = JsonContent.Create(card, options: new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return await session.Client.SendAsync(request);
    }
}
