using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Recipes;
using Showcase.Core.Recipes;
using Showcase.Organizations.Models;
using Showcase.Organizations.Services;
using Showcase.Testing;
using static Showcase.Organizations.Tests.OrganizationsHost;

namespace Showcase.Organizations.Tests;

public sealed class OrganizationDirectoryTests : IAsyncLifetime
{
    private readonly List<string> _seenByLaterStep = [];
    private ShowcaseTestHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync(services =>
    {
        services.AddSingleton(_seenByLaterStep);
        services.AddScoped<IRecipeStep, LookupStep>();
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<T> AskAsync<T>(Func<IOrganizationDirectory, Task<T>> question) =>
        _host.InScopeAsync(services => question(services.GetRequiredService<IOrganizationDirectory>()));

    [Fact]
    public async Task Answers_find_children_ancestors_contains_and_list_from_the_stored_tree()
    {
        await _host.RunRecipeAsync(Recipe(Tree));

        (await AskAsync(d => d.FindAsync("GC-QP-YLY"))).ShouldBe(new OrganizationUnitInfo("GC-QP-YLY", "烟柳园社区", UnitKind.Community, "GC-QP"));
        (await AskAsync(d => d.FindAsync("CZ")))!.ParentCode.ShouldBeNull();
        (await AskAsync(d => d.FindAsync("NOPE"))).ShouldBeNull();
        (await AskAsync(d => d.ChildrenAsync("CZ"))).Select(u => u.Code).ShouldBe(["DZ", "GC"]);
        (await AskAsync(d => d.AncestorsAsync("GC-QP-YLY"))).Select(u => u.Code).ShouldBe(["GC-QP", "GC", "CZ"]);
        (await AskAsync(d => d.ContainsAsync("GC", "GC-QP-YLY"))).ShouldBeTrue();
        (await AskAsync(d => d.ContainsAsync("DZ", "GC-QP-YLY"))).ShouldBeFalse();
        (await AskAsync(d => d.ListAsync(UnitKind.District))).Select(u => u.Name).ShouldBe(["东至县", "贵池区"]);
    }

    [Fact]
    public async Task A_later_recipe_step_sees_units_an_earlier_step_added_in_the_same_transaction()
    {
        await _host.RunRecipeAsync(Recipe(Tree, """{ "step": "lookup", "code": "GC-QP-YLY" }"""));

        _seenByLaterStep.ShouldBe(["烟柳园社区 in 贵池区"]);
    }

    [Fact]
    public async Task The_tree_is_read_again_after_the_scope_saves_a_change()
    {
        await _host.RunRecipeAsync(Recipe(Tree));

        var names = await _host.InScopeAsync(async services =>
        {
            var directory = services.GetRequiredService<IOrganizationDirectory>();
            var before = (await directory.FindAsync("GC"))!.Name;
            var problems = await services.GetRequiredService<OrganizationEditor>().UpdateAsync("GC", "贵池区（改）", "CZ", "admin");
            problems.ShouldBeEmpty();
            return (before, after: (await directory.FindAsync("GC"))!.Name);
        });

        names.ShouldBe(("贵池区", "贵池区（改）"));
    }

    /// <summary>A step of another module that needs the tree, as the brands step will.</summary>
    private sealed class LookupStep(IOrganizationDirectory directory, List<string> seen) : RecipeStep<string>
    {
        public override string Name => "lookup";

        protected override string Read(RecipeObject step) => step.RequiredString("code");

        protected override async Task<string> ApplyAsync(string code, RecipeStepContext context, CancellationToken cancellationToken)
        {
            var unit = await directory.FindAsync(code, cancellationToken) ?? throw new RecipeException($"{context.Path}.code", "not found");
            var district = (await directory.AncestorsAsync(code, cancellationToken)).Single(u => u.Kind == UnitKind.District);
            seen.Add($"{unit.Name} in {district.Name}");
            return "found";
        }
    }
}
