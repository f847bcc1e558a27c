using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Showcase.Evaluations.Live;
using Showcase.Evaluations.Services;

namespace Showcase.Web.Tests.Rounds;

/// <summary>
/// The big screen over HTTP: its page, and its server-sent events as scorecards are committed; a screen that names the
/// revision it has gets no repeat; rounds without a live display have neither page nor stream.
/// </summary>
public sealed class LiveScreenTests(RoundsHost host) : IClassFixture<RoundsHost>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_big_screen_is_rendered_without_script_of_its_own_and_may_be_framed()
    {
        using var visitor = host.Web.NewSession();

        var page = await visitor.GetAsync("/rounds/2022-top10/live");
        var off = await visitor.GetAsync("/rounds/2021-top10/live");
        using var offEvents = await visitor.Client.GetAsync(new Uri("/rounds/2021-top10/live/events", UriKind.Relative));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Layout.ShouldBe("live");
        page.Html.ShouldContain("data-events=\"/rounds/2022-top10/live/events\"");
        page.Html.ShouldContain("<script src=\"/_content/Showcase.Evaluations/live.js\" defer></script>");
        page.Html.Split("<script").Length.ShouldBe(2, "one script, from a file: no inline script");
        page.Html.ShouldNotContain(" style=\"", Case.Insensitive);
        page.Html.ShouldContain("data-entry=\"E01\"");
        off.Status.ShouldBe(HttpStatusCode.NotFound, "2021-top10 has no live display");
        offEvents.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_committed_scorecard_reaches_an_open_stream_as_a_new_board_and_a_reconnecting_screen_gets_no_repeat()
    {
        using var client = host.Web.CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var response = await client.GetAsync(new Uri("/rounds/2022-top10/live/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        using var events = new EventStreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var first = (await events.NextAsync(timeout.Token)).ShouldNotBeNull();
        var before = JsonSerializer.Deserialize<LiveBoard>(first.Data, Json)!;

        var (judge, entry) = await host.MissingScorecardAsync("2022-top10");
        var result = await Submit(judge, entry, "live-" + Guid.NewGuid());
        var next = (await events.NextAsync(timeout.Token)).ShouldNotBeNull();
        var after = JsonSerializer.Deserialize<LiveBoard>(next.Data, Json)!;

        first.Event.ShouldBe("board");
        first.Id.ShouldBe(before.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        before.Stage.ShouldBe("final");
        next.Event.ShouldBe("board");
        after.Revision.ShouldBeGreaterThan(before.Revision);
        after.LedgerSequence.ShouldBe(result.LedgerSequence, "the board includes the scorecard just stored");
        after.Submitted.ShouldBe(before.Submitted + 1);
        after.Entries.Single(e => e.Code == entry).Submitted.ShouldBe(before.Entries.Single(e => e.Code == entry).Submitted + 1);

        // A screen that reconnects naming the board it has is sent only what is newer.
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/rounds/2022-top10/live/events", UriKind.Relative));
        again.Headers.Add("Last-Event-ID", after.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var resumed = await client.SendAsync(again, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var resumedEvents = new EventStreamReader(await resumed.Content.ReadAsStreamAsync(timeout.Token));
        var (judge2, entry2) = await host.MissingScorecardAsync("2022-top10");
        var second = await Submit(judge2, entry2, "live-" + Guid.NewGuid());
        var newer = JsonSerializer.Deserialize<LiveBoard>((await resumedEvents.NextAsync(timeout.Token)).ShouldNotBeNull().Data, Json)!;

        newer.LedgerSequence.ShouldBe(second.LedgerSequence, "the first event after resuming is the new board, not a repeat of the one the screen had");
    }

    private Task<SubmissionResult> Submit(string judge, string entry, string key) =>
        host.Web.WithServiceAsync<ScorecardService, SubmissionResult>(s => s.SubmitAsync(new ScorecardSubmission(
            "2022-top10", "final", entry, judge, new Dictionary<string, decimal> { ["innovation"] = 33, ["effect"] = 32.5m, ["spread"] = 16 }, key)));
}
