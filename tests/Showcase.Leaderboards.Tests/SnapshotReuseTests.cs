extern alias server;

using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Evaluations.Services;
using Showcase.Organizations.Services;
using server::Showcase.Leaderboards.Snapshots;

namespace Showcase.Leaderboards.Tests;

/// <summary>
/// A rebuild after a submission takes the lines of unchanged standings over from the previous version (the same
/// objects) and copies the rest: what it publishes must equal a build of every line from the results.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SnapshotReuseTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_rebuild_that_takes_lines_over_publishes_what_a_build_from_scratch_would()
    {
        var store = fixture.Host.Services.GetRequiredService<LeaderboardStore>();
        var board = store.Find(TestRecipes.Big)!;
        var round = board.Leaderboard("rounds/" + TestRecipes.Big)!;
        var stage = board.Leaderboard($"rounds/{TestRecipes.Big}/stages/s1")!;

        // To the top, to the bottom, into a tie and into the middle: lines move up and down between versions. The later
        // versions follow ones built by takeover themselves, so lines are also taken over by the standing they were
        // built from, without a comparison.
        decimal[] scores = [100, 0, TestRecipes.Score(3, 0), 61.5m, 99.5m, 0.5m, 42m];
        for (var i = 0; i < scores.Length; i++)
        {
            var before = round.Current!;
            await fixture.Host.SubmitAsync(TestRecipes.Big, "s1", TestRecipes.Entry(500 + i), "j5", new Dictionary<string, decimal> { ["score"] = scores[i] });
            var results = await fixture.Host.InScopeAsync(s => s.GetRequiredService<IStandingsReader>().GetAsync(TestRecipes.Big));
            await Eventually.UntilAsync(
                () => Task.FromResult(round.Current!.Version >= results!.Revision && stage.Current!.Version >= results.Revision), done => done, "the rebuild");
            var tree = await fixture.Host.InScopeAsync(s => s.GetRequiredService<IOrganizationDirectory>().GetTreeAsync());

            round.Current!.Version.ShouldBe(results!.Revision);
            round.Current.Entries.ShouldBe(SnapshotBuilder.RoundEntries(results, tree, intervals: null).Entries);
            stage.Current!.Entries.ShouldBe(SnapshotBuilder.StageEntries(results, tree, results.Standings.Stage("s1")).Entries);

            // After the first submission (whose results may have been computed from scratch, with the entries read
            // again), the lines of unchanged standings are the previous version's own objects.
            if (i > 0)
            {
                round.Current.Entries.Count(e => ReferenceEquals(e, before.Find(e.EntryCode))).ShouldBeGreaterThan(0);
            }
        }
    }
}
