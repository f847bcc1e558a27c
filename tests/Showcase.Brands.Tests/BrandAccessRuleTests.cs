using Shouldly;
using Showcase.Brands.Services;

namespace Showcase.Brands.Tests;

public sealed class BrandAccessRuleTests
{
    private static readonly BrandActor Editor = new("editor", "GC-QP-YLY", CanView: true, CanEditOwn: true, CanEditAll: false, CanPublish: false);
    private static readonly BrandActor Manager = new("manager", "", CanView: true, CanEditOwn: false, CanEditAll: true, CanPublish: true);
    private static readonly BrandActor Auditor = new("auditor", "", CanView: true, CanEditOwn: false, CanEditAll: false, CanPublish: false);

    [Fact]
    public void An_editor_edits_and_sees_only_their_own_community()
    {
        BrandAccessRule.CanEdit(Editor, "GC-QP-YLY").ShouldBeTrue();
        BrandAccessRule.CanEdit(Editor, "GC-CY-CL").ShouldBeFalse();
        BrandAccessRule.CanView(Editor, "GC-CY-CL").ShouldBeFalse();
        BrandAccessRule.ListRestrictedTo(Editor).ShouldBe("GC-QP-YLY");
        Should.Throw<BrandAccessDeniedException>(() => BrandAccessRule.EnsureCanEdit(Editor, "GC-CY-CL"));
    }

    [Fact]
    public void An_editor_without_a_community_edits_nothing()
    {
        var unplaced = Editor with { UnitCode = "" };
        BrandAccessRule.CanEdit(unplaced, "").ShouldBeFalse();
    }

    [Fact]
    public void Only_managers_publish()
    {
        BrandAccessRule.CanPublish(Editor).ShouldBeFalse();
        BrandAccessRule.CanPublish(Manager).ShouldBeTrue();
        BrandAccessRule.CanEdit(Manager, "GC-CY-CL").ShouldBeTrue();
        BrandAccessRule.ListRestrictedTo(Manager).ShouldBeNull();
    }

    [Fact]
    public void An_auditor_sees_every_brand_but_edits_none()
    {
        BrandAccessRule.CanView(Auditor, "GC-CY-CL").ShouldBeTrue();
        BrandAccessRule.CanEdit(Auditor, "GC-CY-CL").ShouldBeFalse();
        BrandAccessRule.ListRestrictedTo(Auditor).ShouldBeNull();
    }
}
