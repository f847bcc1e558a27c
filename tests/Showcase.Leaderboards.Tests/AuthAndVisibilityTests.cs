using Google.Rpc;
using Grpc.Core;
using Shouldly;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Tests;

[Collection(ApiCollection.Name)]
public sealed class AuthAndVisibilityTests(ApiFixture fixture)
{
    private readonly LeaderboardService.LeaderboardServiceClient _boards = new(fixture.Host.Channel);

    private static Metadata Key(string key) => LeaderboardsHost.Key(key);

    [Fact]
    public async Task A_call_without_a_key_is_unauthenticated()
    {
        var error = await Should.ThrowAsync<RpcException>(async () => await _boards.ListRoundsAsync(new ListRoundsRequest()));

        error.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        error.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason.ShouldBe("API_KEY_MISSING");
    }

    [Fact]
    public async Task A_key_without_the_methods_scope_is_permission_denied()
    {
        var error = await Should.ThrowAsync<RpcException>(async () => await _boards.ListRoundsAsync(new ListRoundsRequest(), Key(fixture.CatalogKey)));
        error.StatusCode.ShouldBe(StatusCode.PermissionDenied);
        error.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Metadata["scope"].ShouldBe("leaderboards:read");

        var rating = await Should.ThrowAsync<RpcException>(async () => await new RatingService.RatingServiceClient(fixture.Host.Channel)
            .GetEntryRatingAsync(new GetEntryRatingRequest { Name = $"rounds/{TestRecipes.Published}/entries/P1" }, Key(fixture.ReaderKey)));
        rating.StatusCode.ShouldBe(StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task Rounds_before_public_notice_do_not_exist_without_rounds_preview()
    {
        var rounds = await _boards.ListRoundsAsync(new ListRoundsRequest(), Key(fixture.ReaderKey));
        rounds.Rounds.Select(r => r.Code).ShouldBe([TestRecipes.Published, TestRecipes.Final]);

        foreach (var hidden in new[] { TestRecipes.Draft, TestRecipes.Big, TestRecipes.Live })
        {
            var get = await Should.ThrowAsync<RpcException>(async () => await _boards.GetRoundAsync(new GetRoundRequest { Name = "rounds/" + hidden }, Key(fixture.ReaderKey)));
            get.StatusCode.ShouldBe(StatusCode.NotFound);
            var list = await Should.ThrowAsync<RpcException>(async () => await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = "rounds/" + hidden }, Key(fixture.ReaderKey)));
            list.StatusCode.ShouldBe(StatusCode.NotFound);
            list.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason.ShouldBe("ROUND_NOT_FOUND");
        }
    }

    [Fact]
    public async Task A_preview_key_sees_every_round_and_a_live_key_sees_rounds_shown_live()
    {
        var preview = await _boards.ListRoundsAsync(new ListRoundsRequest(), Key(fixture.PreviewKey));
        preview.Rounds.Select(r => r.Code).ShouldBe([TestRecipes.Big, TestRecipes.Draft, TestRecipes.Live, TestRecipes.Published, TestRecipes.Final]);

        var live = await _boards.ListRoundsAsync(new ListRoundsRequest(), Key(fixture.LiveKey));
        live.Rounds.Select(r => r.Code).ShouldBe([TestRecipes.Big, TestRecipes.Live, TestRecipes.Published, TestRecipes.Final]);
        var board = await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = "rounds/" + TestRecipes.Live }, Key(fixture.LiveKey));
        board.Entries.ShouldNotBeEmpty();
        (await _boards.GetRoundAsync(new GetRoundRequest { Name = "rounds/" + TestRecipes.Live }, Key(fixture.LiveKey))).Provisional.ShouldBeTrue();
    }

    [Fact]
    public async Task A_key_over_its_rate_is_resource_exhausted_with_retry_info()
    {
        RpcException? error = null;
        for (var i = 0; i < 4 && error is null; i++)
        {
            try
            {
                await _boards.ListRoundsAsync(new ListRoundsRequest(), Key(fixture.SlowKey));
            }
            catch (RpcException e)
            {
                error = e;
            }
        }

        error.ShouldNotBeNull();
        error.StatusCode.ShouldBe(StatusCode.ResourceExhausted);
        error.GetRpcStatus()!.GetDetail<RetryInfo>()!.RetryDelay.Seconds.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Malformed_names_and_negative_page_sizes_are_invalid_arguments_naming_the_field()
    {
        var name = await Should.ThrowAsync<RpcException>(async () => await _boards.GetRoundAsync(new GetRoundRequest { Name = "round/x" }, Key(fixture.ReaderKey)));
        name.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        name.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations[0].Field.ShouldBe("name");

        var size = await Should.ThrowAsync<RpcException>(async () => await _boards.ListLeaderboardEntriesAsync(
            new ListLeaderboardEntriesRequest { Parent = "rounds/" + TestRecipes.Published, PageSize = -1 }, Key(fixture.ReaderKey)));
        size.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        size.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations[0].Field.ShouldBe("page_size");
    }
}
