using Showcase.Abstractions.Organizations;

namespace Showcase.Organizations.Services;

/// <summary>The tree as the host's user form offers it: depth first, each unit with its depth.</summary>
internal sealed class OrganizationUnitChoices(IOrganizationDirectory directory) : IOrganizationUnitChoices
{
    public async Task<IReadOnlyList<OrganizationUnitChoice>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tree = await directory.GetTreeAsync(cancellationToken);
        return tree.DepthFirst()
            .Select(unit => new OrganizationUnitChoice(unit.Code, unit.Name, tree.AncestorsOf(unit.Code).Count))
            .ToList();
    }
}
