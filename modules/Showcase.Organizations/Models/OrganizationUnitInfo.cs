namespace Showcase.Organizations.Models;

/// <summary>A unit as other modules see it: immutable, safe to keep.</summary>
/// <param name="ParentCode">null for the city.</param>
public sealed record OrganizationUnitInfo(string Code, string Name, UnitKind Kind, string? ParentCode);
