using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Core.Audit;
using Showcase.Organizations.Models;
using Showcase.Organizations.Services;
using Showcase.Testing;
using static Showcase.Organizations.Tests.OrganizationsHost;

namespace Showcase.Organizations.Tests;

public sealed class OrganizationEditorTests : IAsyncLifetime
{
    private ShowcaseTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await StartAsync();
        await _host.RunRecipeAsync(Recipe(Tree));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<IReadOnlyList<UnitProblem>> AddAsync(string code, string name, UnitKind kind, string? parent) =>
        _host.InScopeAsync(services => services.GetRequiredService<OrganizationEditor>().AddAsync(code, name, kind, parent, "admin"));

    private Task<IReadOnlyList<UnitProblem>> UpdateAsync(string code, string name, string? parent) =>
        _host.InScopeAsync(services => services.GetRequiredService<OrganizationEditor>().UpdateAsync(code, name, parent, "admin"));

    [Fact]
    public async Task Adds_a_unit_under_a_parent_of_the_level_above_and_audits_it()
    {
        (await AddAsync(" GC-QP-BY ", " 百牙社区 ", UnitKind.Community, "GC-QP")).ShouldBeEmpty();

        (await _host.UnitsAsync())["GC-QP-BY"].ShouldBe(("百牙社区", "GC-QP"));
        var audit = await _host.InScopeAsync(services => services.GetRequiredService<AuditLog>().ListAsync(target: "GC-QP-BY"));
        audit.Single().Action.ShouldBe("organizations.unit.added");
        audit.Single().Actor.ShouldBe("admin");
    }

    [Fact]
    public async Task Reports_each_problem_against_its_field_and_stores_nothing()
    {
        (await AddAsync("", "", UnitKind.Community, "GC-QP")).ShouldBe(
            [new UnitProblem("Name", UnitProblemKind.Required), new UnitProblem("Code", UnitProblemKind.Required)]);
        (await AddAsync("gc qp", "x", UnitKind.Community, "GC-QP")).ShouldBe([new UnitProblem("Code", UnitProblemKind.CodeFormat)]);
        (await AddAsync("GC-QP", "x", UnitKind.Street, "GC")).ShouldBe([new UnitProblem("Code", UnitProblemKind.CodeTaken)]);
        (await AddAsync("GC-X", "x", UnitKind.Community, "GC")).ShouldBe([new UnitProblem("ParentCode", UnitProblemKind.ParentWrongKind)]);
        (await AddAsync("GC-X", "x", UnitKind.Community, "NOPE")).ShouldBe([new UnitProblem("ParentCode", UnitProblemKind.ParentNotFound)]);
        (await AddAsync("GC-X", "x", UnitKind.Community, null)).ShouldBe([new UnitProblem("ParentCode", UnitProblemKind.Required)]);
        (await AddAsync("GC-X", new string('名', 201), UnitKind.Community, "GC-QP")).ShouldBe([new UnitProblem("Name", UnitProblemKind.NameTooLong)]);

        (await _host.UnitsAsync()).Count.ShouldBe(5);
    }

    [Fact]
    public async Task Renames_and_moves_a_unit_but_only_under_a_parent_of_the_level_above()
    {
        (await AddAsync("DZ-YD", "尧渡镇", UnitKind.Street, "DZ")).ShouldBeEmpty();

        (await UpdateAsync("GC-QP-YLY", "烟柳园", "DZ-YD")).ShouldBeEmpty();
        (await UpdateAsync("GC-QP-YLY", "烟柳园", "DZ")).ShouldBe([new UnitProblem("ParentCode", UnitProblemKind.ParentWrongKind)]);
        (await UpdateAsync("NOPE", "x", null)).ShouldBe([new UnitProblem("Code", UnitProblemKind.UnitNotFound)]);

        (await _host.UnitsAsync())["GC-QP-YLY"].ShouldBe(("烟柳园", "DZ-YD"));
        var audit = await _host.InScopeAsync(services => services.GetRequiredService<AuditLog>().ListAsync(target: "GC-QP-YLY"));
        audit.Single().Details.ShouldBe("烟柳园社区 under GC-QP -> 烟柳园 under DZ-YD");
    }
}
