using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Cli;
using Showcase.Brands.Search;
using Showcase.Core.Cli;
using Showcase.Testing;

namespace Showcase.Brands.Tests;

public sealed class SearchVerbTests(CommunitiesHost host) : IClassFixture<CommunitiesHost>
{
    [Fact]
    public async Task Search_rebuild_indexes_every_published_brand_again_from_the_database()
    {
        await host.Host.RunRecipeAsync("""
            { "name": "verb", "steps": [ { "step": "brands", "brands": [
              { "code": "V1", "title": "江口港湾", "community": "GC-QP-YLY", "summary": "快递骑手的暖心驿站" },
              { "code": "V2", "title": "尧舜德馨", "community": "DZ-YD-YS", "summary": "道德评议好人榜" } ] } ] }
            """);
        // An index that lost its contents (deleted folder, restored backup) ...
        await host.InScopeAsync(sp => sp.GetRequiredService<BrandSearchIndex>().RebuildAsync([]).ContinueWith(_ => 0));
        var before = await host.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<BrandSearchIndex>().Search("骑手", 0, 10).Total));

        var output = new StringWriter();
        var exit = await host.InScopeAsync(sp => sp.GetServices<ICommandVerb>().Single(v => v.Name == "search")
            .RunAsync(new VerbContext(["rebuild"], sp, output, TextWriter.Null), CancellationToken.None));
        var after = await host.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<BrandSearchIndex>().Search("骑手", 0, 10).Hits.Select(h => h.Code).ToList()));

        before.ShouldBe(0);
        exit.ShouldBe(0);
        output.ToString().ShouldContain("search index rebuilt: 2 brands");
        after.ShouldBe(["V1"]);
    }

    [Fact]
    public async Task Search_without_rebuild_is_a_usage_error()
    {
        await Should.ThrowAsync<VerbUsageException>(() => host.InScopeAsync(sp => sp.GetServices<ICommandVerb>().Single(v => v.Name == "search")
            .RunAsync(new VerbContext(["reindex"], sp, TextWriter.Null, TextWriter.Null), CancellationToken.None)));
    }
}
