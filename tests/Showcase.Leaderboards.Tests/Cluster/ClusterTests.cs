using System.Diagnostics;
using System.Globalization;
using System.Net;
using Grpc.Core;
using Grpc.Net.Client;
using Npgsql;
using Shouldly;
using Showcase.Api.V1;
using Showcase.Testing;
using Xunit.Abstractions;

namespace Showcase.Leaderboards.Tests.Cluster;

/// <summary>
/// Two nodes on one PostgreSQL (<see cref="ClusterFixture"/>): what one node commits reaches the other node's Watch
/// streams, cached pages and search index through <c>LISTEN/NOTIFY</c>, also after the listening connection was cut.
/// The tests assert that things arrive (with generous limits); the times they measure are printed, never asserted.
/// </summary>
public sealed class ClusterTests(ClusterFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    private static readonly string Live = "rounds/" + TestRecipes.Live;

    private Metadata Key => LeaderboardsHost.Key(fixture.LiveKey);

    [SkippableFact]
    public async Task A_scorecard_submitted_on_node_A_reaches_a_watcher_on_node_B_each_of_200_times()
    {
        Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, TemporaryPostgresDatabase.SkipReason);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        using var channel = GrpcChannel.ForAddress(fixture.B.GrpcUrl);
        var boards = new LeaderboardService.LeaderboardServiceClient(channel);
        using var call = boards.WatchLeaderboard(new WatchLeaderboardRequest { Parent = Live }, Key, cancellationToken: timeout.Token);
        var version = (await NextAsync(call.ResponseStream, timeout.Token)).Version;
        // The baseline, in the same run: a watcher on node A itself, where the event needs no notification.
        using var local = new LeaderboardService.LeaderboardServiceClient(fixture.A.Channel).WatchLeaderboard(new WatchLeaderboardRequest { Parent = Live }, Key, cancellationToken: timeout.Token);
        var localVersion = (await NextAsync(local.ResponseStream, timeout.Token)).Version;

        var (submits, onA, onB) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < 200; i++)
        {
            // j2 moves L2 above and below L1 (77) in turn: every submission changes both ranks.
            var score = i % 2 == 0 ? 95 : 5;
            var clock = Stopwatch.StartNew();
            var atB = NextVersionAsync(call.ResponseStream, version, clock, timeout.Token);
            var atA = NextVersionAsync(local.ResponseStream, localVersion, clock, timeout.Token);
            await fixture.A.SubmitAsync(TestRecipes.Live, "s1", "L2", "j2", new Dictionary<string, decimal> { ["score"] = score });
            submits.Add(clock.Elapsed.TotalMilliseconds);
            var (e, b) = await atB;
            var (l, a) = await atA;
            onB.Add(b);
            onA.Add(a);
            e.KindCase.ShouldBe(LeaderboardEvent.KindOneofCase.Change);
            e.Change.ChangedEntries.Single(c => c.EntryCode == "L2").Rank.ShouldBe(score == 95 ? 1 : 2);
            l.Version.ShouldBe(e.Version, "both nodes number the versions of a round alike");
            version = e.Version;
            localVersion = l.Version;
        }

        // B's unary answers (the public results partners read) are at the version its watcher saw.
        var current = await boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = Live, IfVersion = version }, Key);
        current.Unchanged.ShouldBeTrue();
        output.WriteLine(Summary("A's submission (commit included)", submits));
        output.WriteLine(Summary("start of submission -> Watch event on A (baseline, same node)", onA));
        output.WriteLine(Summary("start of submission -> Watch event on B (through NOTIFY)", onB));
        var extra = onB.Zip(onA, (x, y) => x - y).ToList();
        output.WriteLine(Summary("B minus A, per submission", extra));
    }

    [SkippableFact]
    public async Task A_page_token_issued_by_node_A_is_accepted_by_node_B_which_signs_with_the_same_key()
    {
        Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, TemporaryPostgresDatabase.SkipReason);
        var published = "rounds/" + TestRecipes.Published;
        using var channel = GrpcChannel.ForAddress(fixture.B.GrpcUrl);
        var onA = new LeaderboardService.LeaderboardServiceClient(fixture.A.Channel);
        var onB = new LeaderboardService.LeaderboardServiceClient(channel);
        var all = await onA.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = published, IncludeUnranked = true }, Key);
        all.Entries.Count.ShouldBeGreaterThan(3);

        var first = await onA.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = published, IncludeUnranked = true, PageSize = 2 }, Key);
        var second = await onB.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = published, IncludeUnranked = true, PageSize = 2, PageToken = first.NextPageToken }, Key);
        var third = await onA.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = published, IncludeUnranked = true, PageSize = 100, PageToken = second.NextPageToken }, Key);

        second.Version.ShouldBe(first.Version);
        first.Entries.Concat(second.Entries).Concat(third.Entries).Select(e => e.Name).ShouldBe(all.Entries.Select(e => e.Name));
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM lb.\"TokenKeys\"", connection);
        (await count.ExecuteScalarAsync()).ShouldBe(1L);
    }

    [SkippableFact]
    public async Task A_node_whose_listening_connection_is_terminated_reconnects_resynchronises_and_its_watchers_catch_up()
    {
        Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, TemporaryPostgresDatabase.SkipReason);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var channel = GrpcChannel.ForAddress(fixture.B.GrpcUrl);
        var boards = new LeaderboardService.LeaderboardServiceClient(channel);
        using var call = boards.WatchLeaderboard(new WatchLeaderboardRequest { Parent = Live }, Key, cancellationToken: timeout.Token);
        var version = (await NextAsync(call.ResponseStream, timeout.Token)).Version;
        var reconnectsBefore = Count(fixture.B.Output, "reconnected after");

        (await TerminateListenerAsync("node-b")).ShouldBe(1);
        // Committed while B's listener is (very likely) down: its notice is lost, the resync after the reconnect brings it.
        await fixture.A.SubmitAsync(TestRecipes.Live, "s1", "L1", "j2", new Dictionary<string, decimal> { ["score"] = 60 });

        LeaderboardEvent e;
        do
        {
            e = await NextAsync(call.ResponseStream, timeout.Token);
        }
        while (e.Version <= version);

        e.Change.ChangedEntries.ShouldContain(c => c.EntryCode == "L1");
        await UntilAsync(() => Task.FromResult(Count(fixture.B.Output, "reconnected after") > reconnectsBefore && fixture.B.Output.Contains("resynchronised from the database after reconnect", StringComparison.Ordinal)), "B to log its reconnect and resync");
        fixture.B.Output.ShouldContain("leaderboard snapshots");
        using var http = new HttpClient { BaseAddress = fixture.B.WebUrl };
        await UntilAsync(async () => (await http.GetStringAsync("/healthz")).Contains("connected since", StringComparison.Ordinal), "B's /healthz to say its listener is connected");
        var health = await http.GetAsync("/healthz");
        health.Headers.GetValues("X-Showcase-Node").ShouldBe(["node-b"]);
    }

    [SkippableFact]
    public async Task A_brand_published_on_node_A_shows_on_node_B_cached_list_and_in_its_search()
    {
        Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, TemporaryPostgresDatabase.SkipReason);
        using var http = new HttpClient { BaseAddress = fixture.B.WebUrl };
        const string title = "集群通知新品牌";
        // B's list is rendered and kept in its output cache before the brand exists.
        (await http.GetStringAsync("/brands")).ShouldNotContain(title);
        (await http.GetStringAsync("/brands")).ShouldNotContain(title);

        await fixture.A.RunRecipeAsync($$"""
            { "name": "cluster-brand", "steps": [ { "step": "brands", "brands": [
              { "code": "A0001", "title": "{{title}}", "community": "GC-QP-YLY", "summary": "s", "tags": ["网格治理"], "yearFounded": 2020 } ] } ] }
            """);

        var clock = Stopwatch.StartNew();
        await UntilAsync(async () => (await http.GetStringAsync("/brands")).Contains(title, StringComparison.Ordinal), "the brand on B's /brands");
        var listed = clock.Elapsed;
        await UntilAsync(async () => (await http.GetStringAsync("/brands/search?q=" + Uri.EscapeDataString(title))).Contains(title, StringComparison.Ordinal), "the brand in B's search");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"published on A -> on B's cached /brands after {listed.TotalMilliseconds:0} ms, in B's search after {clock.Elapsed.TotalMilliseconds:0} ms"));
    }

    [SkippableFact]
    public async Task A_user_signed_in_through_node_A_stays_signed_in_on_node_B_and_can_sign_out_there()
    {
        Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, TemporaryPostgresDatabase.SkipReason);
        const string variable = "SHOWCASE_CLUSTER_TEST_PASSWORD";
        Environment.SetEnvironmentVariable(variable, "Cluster-" + Guid.NewGuid().ToString("N")[..12] + "-1");
        await fixture.A.RunRecipeAsync($$"""
            { "name": "cluster-user", "steps": [ { "step": "users", "users": [
              { "userName": "cluster-manager", "displayName": "集群项目经理", "roles": ["ProgramManager"], "passwordFromEnv": "{{variable}}" } ] } ] }
            """);

        // One browser behind a proxy: the same cookie jar for both nodes (cookies belong to the host, not the port).
        var cookies = new CookieContainer();
        using var a = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = fixture.A.WebUrl };
        using var b = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = fixture.B.WebUrl };
        var login = await a.GetStringAsync("/account/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "cluster-manager",
            ["Input.Password"] = Environment.GetEnvironmentVariable(variable)!,
            ["__RequestVerificationToken"] = Token(login),
        });
        using var signedIn = await a.PostAsync("/account/login", form);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.OriginalString.ShouldNotContain("/account/login");

        // The cookie A issued opens B's admin pages: B unprotects it with the data-protection keys both read from the database.
        using var onB = await b.GetAsync("/admin");
        onB.StatusCode.ShouldBe(HttpStatusCode.OK, "B should take A's sign-in cookie, not send the user to its login page");
        var page = await onB.Content.ReadAsStringAsync();
        page.ShouldContain("集群项目经理");

        // A form rendered by A posts to B: the antiforgery token is A's, the sign-out happens on B.
        using var adminOnA = await a.GetAsync("/admin");
        using var signOut = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(await adminOnA.Content.ReadAsStringAsync()) });
        using var signedOut = await b.PostAsync("/account/logout", signOut);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var afterOnA = await a.GetAsync("/admin");
        afterOnA.StatusCode.ShouldBe(HttpStatusCode.Redirect, "signed out on B means signed out everywhere");
        afterOnA.Headers.Location!.OriginalString.ShouldContain("/account/login");
    }

    private static string Token(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException("The page has no antiforgery token.");

    private async Task<int> TerminateListenerAsync(string node)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE @name) AS t",
            connection);
        command.Parameters.AddWithValue("name", "showcase-listener " + node + "%");
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static async Task<(LeaderboardEvent Event, double At)> NextVersionAsync(IAsyncStreamReader<LeaderboardEvent> stream, long after, Stopwatch clock, CancellationToken cancellationToken)
    {
        LeaderboardEvent e;
        do
        {
            e = await NextAsync(stream, cancellationToken);
        }
        while (e.Version <= after);

        return (e, clock.Elapsed.TotalMilliseconds);
    }

    private static string Summary(string what, List<double> values)
    {
        var sorted = values.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{what}, {sorted.Count} submissions: p50 {Percentile(sorted, 0.50):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms, max {sorted[^1]:0.0} ms");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static Task<bool> UntilAsync(Func<Task<bool>> done, string what) => Eventually.UntilAsync(done, d => d, what);

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
}
