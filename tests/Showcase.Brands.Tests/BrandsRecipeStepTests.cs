using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Recipes;
using Showcase.Brands.Data;
using Showcase.Brands.Search;
using Showcase.Testing;

namespace Showcase.Brands.Tests;

public sealed class BrandsRecipeStepTests(CommunitiesHost host) : IClassFixture<CommunitiesHost>
{
    private const string TwoBrands = """
        { "name": "two", "steps": [ { "step": "brands", "brands": [
          { "code": "RB1", "title": "红网联动", "community": "GC-QP-YLY", "summary": "一张红网", "body": "网格员**现场处置**",
            "figures": [ { "label": "协调解决问题", "number": 24000, "unit": "件" } ], "tags": ["网格治理"], "featured": true },
          { "code": "RB2", "title": "尧舜德馨", "community": "DZ-YD-YS", "summary": "崇德向善", "state": "draft" } ] } ] }
        """;

    [Fact]
    public async Task A_recipe_publishes_brands_once_and_a_second_run_changes_nothing()
    {
        await host.Host.RunRecipeAsync(TwoBrands);
        var first = await Snapshot();
        await host.Host.RunRecipeAsync(TwoBrands);
        var second = await Snapshot();

        first.Brands.ShouldBe(["RB1:Published:1", "RB2:Draft:1"]);
        first.Published.ShouldBe(["RB1"]);
        second.Brands.ShouldBe(first.Brands);
        second.Published.ShouldBe(first.Published);
        var found = await host.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<BrandSearchIndex>().Search("网格员", 0, 10).Hits.Select(h => h.Code).ToList()));
        found.ShouldContain("RB1");
    }

    [Fact]
    public async Task A_bad_brand_names_its_json_path_and_the_recipe_changes_nothing()
    {
        var error = await Should.ThrowAsync<RecipeException>(() => host.Host.RunRecipeAsync("""
            { "name": "bad", "steps": [ { "step": "brands", "brands": [
              { "code": "OK1", "title": "好的", "community": "GC-QP-YLY", "summary": "好" },
              { "code": "BAD1", "title": "坏的", "community": "NOWHERE", "summary": "坏" } ] } ] }
            """));

        error.Path.ShouldBe("$.steps[0].brands[1].community");
        error.Reason.ShouldContain("NOWHERE");
        (await host.InScopeAsync(sp => sp.GetRequiredService<BrandsDbContext>().Brands.AnyAsync(b => b.Code == "OK1"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Unknown_fields_and_wrong_states_are_refused_before_anything_is_written()
    {
        (await Should.ThrowAsync<RecipeException>(() => host.Host.RunRecipeAsync("""
            { "name": "bad", "steps": [ { "step": "brands", "brands": [
              { "code": "X1", "title": "t", "community": "GC-QP-YLY", "summary": "s", "colour": "red" } ] } ] }
            """))).Path.ShouldBe("$.steps[0].brands[0].colour");
        (await Should.ThrowAsync<RecipeException>(() => host.Host.RunRecipeAsync("""
            { "name": "bad", "steps": [ { "step": "brands", "brands": [
              { "code": "X1", "title": "t", "community": "GC-QP-YLY", "summary": "s", "state": "archived" } ] } ] }
            """))).Path.ShouldBe("$.steps[0].brands[0].state");
    }

    private Task<(List<string> Brands, List<string> Published)> Snapshot() => host.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<BrandsDbContext>();
        var brands = await db.Brands.Where(b => b.Code.StartsWith("RB")).OrderBy(b => b.Code).Select(b => $"{b.Code}:{b.State}:{b.VersionNumber}").ToListAsync();
        var published = await db.Published.Where(b => b.Code.StartsWith("RB")).OrderBy(b => b.Code).Select(b => b.Code).ToListAsync();
        return (brands, published);
    });
}
