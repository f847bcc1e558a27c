namespace Showcase.Organizations.Models;

/// <summary>One node of the organisation tree (the stored row; other modules see <see cref="OrganizationUnitInfo"/>).</summary>
public sealed class OrganizationUnit
{
    public int Id { get; set; }

    /// <summary>Stable key used by recipes and other modules, e.g. <c>GC-QP-YLY</c>. Never changes once given.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public UnitKind Kind { get; set; }

    /// <summary>Code of the parent unit; empty for the city.</summary>
    public string ParentCode { get; set; } = "";
}
