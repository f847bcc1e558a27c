using Shouldly;
using Showcase.Abstractions.Recipes;
using Showcase.Testing;
using static Showcase.Organizations.Tests.OrganizationsHost;

namespace Showcase.Organizations.Tests;

public sealed class OrganizationsStepTests : IAsyncLifetime
{
    private ShowcaseTestHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<RecipeException> FailsAsync(string units)
    {
        var error = await Should.ThrowAsync<RecipeException>(() => _host.RunRecipeAsync(Recipe($$"""{ "step": "organizations", "units": [ {{units}} ] }""")));
        (await _host.UnitsAsync()).ShouldBeEmpty("an invalid step stores nothing");
        return error;
    }

    [Fact]
    public async Task Stores_the_tree_and_a_second_run_leaves_one_copy()
    {
        var first = await _host.RunRecipeAsync(Recipe(Tree));
        var second = await _host.RunRecipeAsync(Recipe(Tree));

        first.Steps.Single().Summary.ShouldBe("5 units: 5 added, 0 updated, 0 unchanged");
        second.Steps.Single().Summary.ShouldBe("5 units: 0 added, 0 updated, 5 unchanged");
        var units = await _host.UnitsAsync();
        units.Count.ShouldBe(5);
        units["GC-QP-YLY"].ShouldBe(("烟柳园社区", "GC-QP"));
        units["CZ"].ShouldBe(("池州市", ""));
    }

    [Fact]
    public async Task A_later_run_renames_and_moves_what_changed()
    {
        await _host.RunRecipeAsync(Recipe(Tree));

        var result = await _host.RunRecipeAsync(Recipe("""
            { "step": "organizations", "units": [
                { "code": "DZ-YD", "name": "尧渡镇", "kind": "street", "parent": "DZ" },
                { "code": "GC-QP-YLY", "name": "烟柳园社区（新）", "kind": "community", "parent": "DZ-YD" },
                { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" } ] }
            """));

        result.Steps.Single().Summary.ShouldBe("3 units: 1 added, 1 updated, 1 unchanged");
        var units = await _host.UnitsAsync();
        units.Count.ShouldBe(6);
        units["GC-QP-YLY"].ShouldBe(("烟柳园社区（新）", "DZ-YD"));
    }

    [Fact]
    public async Task A_parent_may_come_later_in_the_step_or_be_stored_already()
    {
        await _host.RunRecipeAsync(Recipe("""
            { "step": "organizations", "units": [
                { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
                { "code": "CZ", "name": "池州市", "kind": "city" } ] }
            """));
        await _host.RunRecipeAsync(Recipe("""{ "step": "organizations", "units": [ { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" } ] }"""));

        (await _host.UnitsAsync()).Keys.Order().ShouldBe(["CZ", "GC", "GC-QP"]);
    }

    [Fact]
    public async Task A_parent_of_the_wrong_level_is_refused_with_its_path()
    {
        var error = await FailsAsync("""
            { "code": "CZ", "name": "池州市", "kind": "city" },
            { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
            { "code": "GC-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC" }
            """);

        error.Message.ShouldBe("$.steps[0].units[2].parent: 'GC' is a district; a community's parent must be a street");
    }

    [Fact]
    public async Task A_parent_that_is_neither_in_the_step_nor_stored_is_refused()
    {
        var error = await FailsAsync("""
            { "code": "CZ", "name": "池州市", "kind": "city" },
            { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" }
            """);

        error.Message.ShouldBe("$.steps[0].units[1].parent: 'GC' is neither in this step nor stored already");
    }

    [Fact]
    public async Task Levels_are_checked_city_without_parent_and_others_with_one()
    {
        (await FailsAsync("""{ "code": "CZ", "name": "池州市", "kind": "city", "parent": "X" }""")).Message
            .ShouldBe("$.steps[0].units[0].parent: a city has no parent");
        (await FailsAsync("""{ "code": "GC", "name": "贵池区", "kind": "district" }""")).Message
            .ShouldBe("$.steps[0].units[0].parent: is required: a district belongs to a city");
        (await FailsAsync("""{ "code": "GC", "name": "贵池区", "kind": "county" }""")).Message
            .ShouldBe("$.steps[0].units[0].kind: 'county' is not one of city, district, street, community");
    }

    [Fact]
    public async Task A_code_given_twice_names_both_places()
    {
        var error = await FailsAsync("""
            { "code": "CZ", "name": "池州市", "kind": "city" },
            { "code": "CZ", "name": "又一个", "kind": "city" }
            """);

        error.Message.ShouldBe("$.steps[0].units[1].code: 'CZ' appears twice in this step (first at $.steps[0].units[0])");
    }

    [Fact]
    public async Task Unknown_fields_and_malformed_codes_are_refused()
    {
        (await FailsAsync("""{ "code": "CZ", "name": "池州市", "kind": "city", "population": 1 }""")).Path.ShouldBe("$.steps[0].units[0].population");
        (await FailsAsync("""{ "code": "cz 1", "name": "池州市", "kind": "city" }""")).Path.ShouldBe("$.steps[0].units[0].code");
    }

    [Fact]
    public async Task A_stored_units_kind_cannot_be_changed_by_a_recipe()
    {
        await _host.RunRecipeAsync(Recipe(Tree));

        var error = await Should.ThrowAsync<RecipeException>(() => _host.RunRecipeAsync(Recipe("""
            { "step": "organizations", "units": [ { "code": "GC-QP", "name": "秋浦", "kind": "district", "parent": "CZ" } ] }
            """)));

        error.Message.ShouldBe("$.steps[0].units[0].kind: 'GC-QP' is stored as a street; a recipe cannot change a unit's kind");
        (await _host.UnitsAsync())["GC-QP"].ShouldBe(("秋浦街道", "GC"));
    }
}
