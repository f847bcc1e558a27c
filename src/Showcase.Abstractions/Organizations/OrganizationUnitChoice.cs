namespace Showcase.Abstractions.Organizations;

/// <summary>A unit as a choice in a form: its code, its name and how deep it lies in the tree (the city is 0).</summary>
public sealed record OrganizationUnitChoice(string Code, string Name, int Depth);
