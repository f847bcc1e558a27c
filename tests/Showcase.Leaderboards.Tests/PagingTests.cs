using Google.Rpc;
using Grpc.Core;
using Shouldly;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Tests;

[Collection(ApiCollection.Name)]
public sealed class PagingTests(ApiFixture fixture)
{
    private static readonly string Big = "rounds/" + TestRecipes.Big;
    private readonly LeaderboardService.LeaderboardServiceClient _boards = new(fixture.Host.Channel);

    private Metadata Key => LeaderboardsHost.Key(fixture.PreviewKey);

    [Fact]
    public async Task Paging_a_thousand_entries_while_scores_change_lists_each_entry_once_in_the_pinned_versions_order()
    {
        var seen = new List<LeaderboardEntry>();
        var request = new ListLeaderboardEntriesRequest { Parent = Big, PageSize = 100, IncludeUnranked = true };
        var first = await _boards.ListLeaderboardEntriesAsync(request, Key);
        var pinned = first.Version;
        seen.AddRange(first.Entries);
        var token = first.NextPageToken;
        var page = 1;
        while (token.Length > 0)
        {
            if (page is 1 or 5)
            {
                // A judge scores while the partner pages: the leaderboard moves on.
                await fixture.Host.SubmitAsync(TestRecipes.Big, "s1", TestRecipes.Entry(page == 1 ? 999 - 5 : 10), "j4", new Dictionary<string, decimal> { ["score"] = 100 });
                await Eventually.VersionAboveAsync(_boards, Big, fixture.PreviewKey, pinned);
            }

            var next = await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest(request) { PageToken = token }, Key);
            next.Version.ShouldBe(pinned);
            next.TotalSize.ShouldBe(first.TotalSize);
            seen.AddRange(next.Entries);
            token = next.NextPageToken;
            page++;
        }

        seen.Count.ShouldBe(ApiFixture.BigEntries);
        seen.Select(e => e.EntryCode).Distinct().Count().ShouldBe(ApiFixture.BigEntries);
        seen.Select(e => e.Position).ShouldBe(Enumerable.Range(1, ApiFixture.BigEntries));
        var ranked = seen.TakeWhile(e => e.Rank > 0).ToList();
        ranked.Select(e => e.Rank).ShouldBeInOrder(SortDirection.Ascending);
        ranked.Select(e => decimal.Parse(e.Score, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeInOrder(SortDirection.Descending);
        seen.Skip(ranked.Count).ShouldAllBe(e => e.Rank == 0 && e.Score == "");
        (await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = Big, PageSize = 1 }, Key)).Version.ShouldBeGreaterThan(pinned);
    }

    [Fact]
    public async Task Page_sizes_default_to_fifty_and_stop_at_five_hundred_and_unranked_entries_are_listed_only_when_asked()
    {
        (await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = Big }, Key)).Entries.Count.ShouldBe(50);
        (await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = Big, PageSize = 900 }, Key)).Entries.Count.ShouldBe(500);

        var ranked = await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = "rounds/" + TestRecipes.Published, PageSize = 500 }, Key);
        ranked.Entries.ShouldAllBe(e => e.Rank > 0);
        ranked.NextPageToken.ShouldBeEmpty();
        var all = await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = "rounds/" + TestRecipes.Published, PageSize = 500, IncludeUnranked = true }, Key);
        all.TotalSize.ShouldBe(8);
        all.Entries.Where(e => e.Rank == 0).Select(e => e.Status).ShouldBe([EntryStatus.InsufficientPanel, EntryStatus.InsufficientPanel, EntryStatus.Withdrawn], ignoreOrder: true);
        ranked.TotalSize.ShouldBe(5);
    }

    [Fact]
    public async Task If_version_answers_unchanged_without_entries_until_the_leaderboard_moves()
    {
        var parent = "rounds/" + TestRecipes.Published;
        var current = await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = parent }, Key);

        var again = await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = parent, IfVersion = current.Version }, Key);
        again.Unchanged.ShouldBeTrue();
        again.Entries.ShouldBeEmpty();
        again.Version.ShouldBe(current.Version);

        var older = await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = parent, IfVersion = current.Version - 1 }, Key);
        older.Unchanged.ShouldBeFalse();
        older.Entries.Count.ShouldBe(current.Entries.Count);
    }

    [Fact]
    public async Task A_tampered_foreign_or_malformed_page_token_is_an_invalid_argument()
    {
        var first = await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = Big, PageSize = 10 }, Key);
        var bytes = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(first.NextPageToken);
        bytes[12] ^= 1; // the offset
        var tampered = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(bytes);

        foreach (var (token, parent, unranked) in new[]
        {
            (tampered, Big, false),
            (first.NextPageToken, "rounds/" + TestRecipes.Published, false),
            (first.NextPageToken, Big, true),
            ("not-a-token!", Big, false),
            ("AAAA", Big, false),
        })
        {
            var error = await Should.ThrowAsync<RpcException>(async () => await _boards.ListLeaderboardEntriesAsync(
                new ListLeaderboardEntriesRequest { Parent = parent, PageSize = 10, PageToken = token, IncludeUnranked = unranked }, Key));
            error.StatusCode.ShouldBe(StatusCode.InvalidArgument, token);
            error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations[0].Field.ShouldBe("page_token");
        }
    }

    [Fact]
    public async Task A_token_whose_version_is_no_longer_kept_fails_its_precondition_and_says_to_start_again()
    {
        var parent = "rounds/" + TestRecipes.Live;
        var live = LeaderboardsHost.Key(fixture.LiveKey);
        var first = await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = parent, PageSize = 1, IncludeUnranked = true }, live);
        first.NextPageToken.ShouldNotBeEmpty();

        // The fixture keeps three old versions: four new ones push the pinned one out.
        var version = first.Version;
        var score = 50;
        for (var i = 0; i < 4; i++)
        {
            await fixture.Host.SubmitAsync(TestRecipes.Live, "s1", "L2", "j2", new Dictionary<string, decimal> { ["score"] = score++ });
            version = await Eventually.VersionAboveAsync(_boards, parent, fixture.LiveKey, version);
        }

        var error = await Should.ThrowAsync<RpcException>(async () => await _boards.ListLeaderboardEntriesAsync(
            new ListLeaderboardEntriesRequest { Parent = parent, PageSize = 1, IncludeUnranked = true, PageToken = first.NextPageToken }, live));
        error.StatusCode.ShouldBe(StatusCode.FailedPrecondition);
        error.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason.ShouldBe("PAGE_TOKEN_EXPIRED");
        error.Status.Detail.ShouldContain("Start again");
    }
}
