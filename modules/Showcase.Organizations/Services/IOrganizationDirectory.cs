using Showcase.Organizations.Models;

namespace Showcase.Organizations.Services;

/// <summary>
/// How other modules read the organisation tree. Scoped: it reads through the scope's database session,
/// so inside a recipe it sees units an earlier step added in the same transaction. The tree is loaded
/// once per scope (one small query) and reloaded after this scope saves a change to it; for many
/// questions in a row, take <see cref="GetTreeAsync"/> once and ask the snapshot.
/// </summary>
public interface IOrganizationDirectory
{
    Task<OrganizationTree> GetTreeAsync(CancellationToken cancellationToken = default);

    Task<OrganizationUnitInfo?> FindAsync(string code, CancellationToken cancellationToken = default);

    /// <returns>direct children in code order.</returns>
    Task<IReadOnlyList<OrganizationUnitInfo>> ChildrenAsync(string code, CancellationToken cancellationToken = default);

    /// <returns>parent first, the city last.</returns>
    Task<IReadOnlyList<OrganizationUnitInfo>> AncestorsAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="unitCode"/> is <paramref name="ancestorCode"/> or lies beneath it (a judge's unit containing an entry's community).</summary>
    Task<bool> ContainsAsync(string ancestorCode, string unitCode, CancellationToken cancellationToken = default);

    /// <returns>every unit of the kind, in code order.</returns>
    Task<IReadOnlyList<OrganizationUnitInfo>> ListAsync(UnitKind kind, CancellationToken cancellationToken = default);
}
