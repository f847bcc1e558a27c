namespace Showcase.Abstractions.Organizations;

/// <summary>
/// The organisation units a person can belong to, for the host's own screens (the user form picks a unit from
/// the tree). Implemented by the organisations module; absent when that module is switched off.
/// </summary>
public interface IOrganizationUnitChoices
{
    /// <returns>every unit, depth first (a parent before its children), with its depth below the city (0).</returns>
    Task<IReadOnlyList<OrganizationUnitChoice>> ListAsync(CancellationToken cancellationToken = default);
}
