using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Brands.Models;
using Showcase.Brands.Services;
using Showcase.Testing;

namespace Showcase.Brands.Tests;

/// <summary>The brands' tables, lists stored as JSON text and the workflow on PostgreSQL (schema <c>brands</c>).</summary>
public sealed class BrandsOnPostgresTests
{
    [SkippableFact]
    public async Task A_recipe_and_the_workflow_run_on_postgres_and_the_public_list_filters_by_tag()
    {
        Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, TemporaryPostgresDatabase.SkipReason);
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var host = await ShowcaseTestHost.StartAsync(settings: database.HostSettings);
        await host.RunRecipeAsync("""
            { "name": "pg", "steps": [
              { "step": "organizations", "units": [
                { "code": "CZ", "name": "池州市", "kind": "city" },
                { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
                { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
                { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" } ] },
              { "step": "brands", "brands": [
                { "code": "P1", "title": "红网联动", "community": "GC-QP-YLY", "summary": "一张红网", "tags": ["网格治理", "楼栋长"],
                  "figures": [ { "label": "协调解决问题", "number": 24000, "unit": "件" } ] },
                { "code": "P2", "title": "杏花红", "community": "GC-QP-YLY", "summary": "文化惠民", "tags": ["文化惠民"] } ] } ] }
            """);
        var editor = TestUsers.Editor("editor", "GC-QP-YLY");
        var manager = TestUsers.Manager();

        var (list, brand, history) = await host.InScopeAsync(async sp =>
        {
            var brands = sp.GetRequiredService<IContentWorkflow<Brand, BrandContent>>();
            var current = await brands.GetAsync(editor, "P2", ContentOperation.Edit);
            await brands.SaveAsync(editor, new ContentEdit<BrandContent>("P2", current.Content with { Summary = "文化润心，邻里互助" }));
            await brands.SubmitAsync(editor, "P2");
            await brands.ApproveAsync(manager, "P2");
            var page = await sp.GetRequiredService<BrandCatalog>().ListAsync(new BrandListQuery(Tag: "楼栋长"));
            var published = await sp.GetRequiredService<BrandCatalog>().FindAsync("P2");
            var versions = await sp.GetRequiredService<IContentVersioning>().HistoryAsync(new ContentRef(Brand.TypeName, "P2"));
            return (page, published, versions);
        });

        list.Items.Select(i => i.Code).ShouldBe(["P1"]);
        list.Items.Single().DistrictName.ShouldBe("贵池区");
        brand!.Content.Summary.ShouldBe("文化润心，邻里互助");
        history.Select(v => v.State).ShouldBe([ContentState.Published, ContentState.Draft, ContentState.InReview, ContentState.Published]);
    }
}
