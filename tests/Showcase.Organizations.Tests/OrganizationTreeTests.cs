using Shouldly;
using Showcase.Organizations.Models;
using Showcase.Organizations.Services;

namespace Showcase.Organizations.Tests;

public sealed class OrganizationTreeTests
{
    private static readonly OrganizationTree Tree = new(
    [
        new("GC-QP-YLY", "烟柳园社区", UnitKind.Community, "GC-QP"),
        new("CZ", "池州市", UnitKind.City, null),
        new("GC", "贵池区", UnitKind.District, "CZ"),
        new("DZ", "东至县", UnitKind.District, "CZ"),
        new("GC-QP", "秋浦街道", UnitKind.Street, "GC"),
        new("GC-CY", "池阳街道", UnitKind.Street, "GC"),
        new("GC-CY-CL", "长龙社区", UnitKind.Community, "GC-CY"),
    ]);

    [Fact]
    public void Finds_units_by_code_and_lists_children_in_code_order()
    {
        Tree.Find("GC")!.Name.ShouldBe("贵池区");
        Tree.Find("XX").ShouldBeNull();
        Tree.Roots.Select(u => u.Code).ShouldBe(["CZ"]);
        Tree.ChildrenOf("CZ").Select(u => u.Code).ShouldBe(["DZ", "GC"]);
        Tree.ChildrenOf("GC-QP-YLY").ShouldBeEmpty();
        Tree.ChildrenOf("XX").ShouldBeEmpty();
    }

    [Fact]
    public void Ancestors_run_from_the_parent_up_to_the_city()
    {
        Tree.AncestorsOf("GC-QP-YLY").Select(u => u.Code).ShouldBe(["GC-QP", "GC", "CZ"]);
        Tree.AncestorsOf("CZ").ShouldBeEmpty();
        Tree.AncestorsOf("XX").ShouldBeEmpty();
    }

    [Fact]
    public void Contains_is_true_for_the_unit_itself_and_everything_beneath_it_only()
    {
        Tree.Contains("GC", "GC-QP-YLY").ShouldBeTrue();
        Tree.Contains("CZ", "GC-QP-YLY").ShouldBeTrue();
        Tree.Contains("GC-QP-YLY", "GC-QP-YLY").ShouldBeTrue();
        Tree.Contains("GC-CY", "GC-QP-YLY").ShouldBeFalse();
        Tree.Contains("DZ", "GC-QP-YLY").ShouldBeFalse();
        Tree.Contains("GC-QP-YLY", "GC").ShouldBeFalse();
        Tree.Contains("XX", "XX").ShouldBeFalse();
    }

    [Fact]
    public void Lists_by_kind_and_walks_depth_first_with_parents_before_children()
    {
        Tree.OfKind(UnitKind.Community).Select(u => u.Code).ShouldBe(["GC-CY-CL", "GC-QP-YLY"]);
        Tree.DepthFirst().Select(u => u.Code).ShouldBe(["CZ", "DZ", "GC", "GC-CY", "GC-CY-CL", "GC-QP", "GC-QP-YLY"]);
        Tree.Count.ShouldBe(7);
    }

    [Fact]
    public void The_kind_rule_gives_each_level_its_parent_and_child_level()
    {
        UnitKind.City.ParentKind().ShouldBeNull();
        UnitKind.Street.ParentKind().ShouldBe(UnitKind.District);
        UnitKind.Street.ChildKind().ShouldBe(UnitKind.Community);
        UnitKind.Community.ChildKind().ShouldBeNull();
    }
}
