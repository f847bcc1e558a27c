using Google.Protobuf;
using Grpc.Core;
using Shouldly;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Tests;

[Collection(ApiCollection.Name)]
public sealed class RatingTests(ApiFixture fixture)
{
    private readonly RatingService.RatingServiceClient _ratings = new(fixture.Host.Channel);
    private readonly LeaderboardService.LeaderboardServiceClient _boards = new(fixture.Host.Channel);

    private Metadata Key => LeaderboardsHost.Key(fixture.PreviewKey);

    [Fact]
    public async Task A_rating_gives_the_panel_means_per_criterion_and_the_round_result()
    {
        var rating = await _ratings.GetEntryRatingAsync(new GetEntryRatingRequest { Name = $"rounds/{TestRecipes.Published}/entries/P1" }, Key);

        var line = await _boards.GetLeaderboardEntryAsync(new GetLeaderboardEntryRequest { Name = rating.Name }, Key);
        rating.Rank.ShouldBe(1);
        rating.Score.ShouldBe(line.Score);
        rating.Grade.ShouldBe(line.Grade);
        rating.Provisional.ShouldBeFalse();
        var first = rating.Stages[0];
        first.Stage.ShouldBe($"rounds/{TestRecipes.Published}/stages/first");
        first.Method.ShouldBe(AggregationMethod.Mean);
        first.JudgeCount.ShouldBe(2);
        first.Criteria.Select(c => (c.Key, c.Mean, c.Max)).ShouldBe([("a", "44.50", "50"), ("b", "44.50", "50")]);
        rating.Stages.ShouldAllBe(s => s.JudgeScores.Count == 0);
        rating.RankIntervalLow.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task No_judges_own_score_is_reachable_before_final_by_any_method()
    {
        // E1000 of the big round has two scorecards, short of its stage's minimum of three: nothing of them shows.
        var shortPanel = await _ratings.GetEntryRatingAsync(new GetEntryRatingRequest { Name = $"rounds/{TestRecipes.Big}/entries/E1000" }, Key);
        shortPanel.Provisional.ShouldBeTrue();
        shortPanel.Score.ShouldBeEmpty();
        shortPanel.Stages.Single().JudgeCount.ShouldBe(2);
        shortPanel.Stages.Single().Score.ShouldBeEmpty();
        shortPanel.Stages.Single().Criteria.ShouldAllBe(c => c.Mean == "");
        shortPanel.Stages.Single().JudgeScores.ShouldBeEmpty();
        var line = await _boards.GetLeaderboardEntryAsync(new GetLeaderboardEntryRequest { Name = shortPanel.Name }, Key);
        (line.Score, line.Rank, line.Status).ShouldBe(("", 0, EntryStatus.InsufficientPanel));

        var live = await _ratings.GetEntryRatingAsync(new GetEntryRatingRequest { Name = $"rounds/{TestRecipes.Live}/entries/L1" }, Key);
        live.Stages.ShouldAllBe(s => s.JudgeScores.Count == 0);
        live.Stages.Where(s => s.JudgeCount < 2).SelectMany(s => s.Criteria).ShouldAllBe(c => c.Mean == "");

        var published = await _ratings.GetEntryRatingAsync(new GetEntryRatingRequest { Name = $"rounds/{TestRecipes.Published}/entries/P5" }, Key);
        published.Stages.ShouldAllBe(s => s.JudgeScores.Count == 0);
        published.Stages.Single(s => s.Stage.EndsWith("/final", StringComparison.Ordinal)).Criteria.ShouldAllBe(c => c.Mean == "");

        // Nothing any read method returns for a round before FINAL names a judge.
        var everything = new List<IMessage>
        {
            await _boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = "rounds/" + TestRecipes.Published, IncludeUnranked = true }, Key),
            await _boards.GetRoundAsync(new GetRoundRequest { Name = "rounds/" + TestRecipes.Live }, Key),
            shortPanel,
            live,
            published,
            line,
        };
        foreach (var message in everything)
        {
            var json = JsonFormatter.Default.Format(message);
            json.ShouldNotContain("\"j1\"");
            json.ShouldNotContain("judgeScores\": [{");
        }
    }

    [Fact]
    public async Task Once_final_the_judges_scores_are_given_under_pseudonyms()
    {
        var rating = await _ratings.GetEntryRatingAsync(new GetEntryRatingRequest { Name = $"rounds/{TestRecipes.Final}/entries/F1" }, LeaderboardsHost.Key(fixture.LiveKey));

        var stage = rating.Stages.Single();
        stage.JudgeScores.Select(j => j.Judge).ShouldBe(["J01", "J02", "J03"]);
        stage.JudgeScores.SelectMany(j => j.Scores).Select(s => s.Key).Distinct().ShouldBe(["a", "b"]);
        stage.JudgeScores[0].Scores.Select(s => s.Score).ShouldBe(["45", "40"]);
    }
}
