extern alias server;

using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Evaluations.Services;
using LeaderboardStore = server::Showcase.Leaderboards.Snapshots.LeaderboardStore;

namespace Showcase.Leaderboards.Tests;

[Collection(ApiCollection.Name)]
public sealed class RefreshTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_rebuild_for_the_revision_an_event_named_reads_nothing_from_the_database_when_Evaluations_has_it_computed()
    {
        var host = fixture.Host;
        var store = host.Services.GetRequiredService<LeaderboardStore>();
        var results = await host.InScopeAsync(services => services.GetRequiredService<IStandingsReader>().GetAsync(TestRecipes.Live));
        var revision = results!.Revision;

        var named = await FlowCommandCounter.CountAsync(() => store.RefreshAsync(TestRecipes.Live, revision, CancellationToken.None));
        var unnamed = await FlowCommandCounter.CountAsync(() => store.RefreshAsync(TestRecipes.Live, CancellationToken.None));

        named.ShouldBe(0);
        unnamed.ShouldBeGreaterThan(0, "the counter counts: a rebuild not told the revision asks the database for it");
        store.Find(TestRecipes.Live)!.View!.Version.ShouldBe(revision);
    }
}
