using Microsoft.EntityFrameworkCore;
using Showcase.Organizations.Data;
using Showcase.Organizations.Models;

namespace Showcase.Organizations.Services;

internal sealed class OrganizationDirectory : IOrganizationDirectory
{
    private readonly OrganizationsDbContext _db;
    private OrganizationTree? _tree;

    public OrganizationDirectory(OrganizationsDbContext db)
    {
        _db = db;
        // Both live as long as the scope, so the subscription ends with it.
        _db.SavedChanges += (_, _) => _tree = null;
    }

    public async Task<OrganizationTree> GetTreeAsync(CancellationToken cancellationToken = default)
    {
        if (_tree is null)
        {
            _tree = new OrganizationTree(await UnitsAsync(_db, cancellationToken));
        }

        return _tree;
    }

    /// <summary>Every unit, as the tree holds it: this very query is also what the start warms up (<see cref="Startup.WarmUpQueries"/>).</summary>
    internal static Task<List<OrganizationUnitInfo>> UnitsAsync(OrganizationsDbContext db, CancellationToken cancellationToken) =>
        db.Units.AsNoTracking()
            .Select(u => new OrganizationUnitInfo(u.Code, u.Name, u.Kind, u.ParentCode == "" ? null : u.ParentCode))
            .ToListAsync(cancellationToken);

    public async Task<OrganizationUnitInfo?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        (await GetTreeAsync(cancellationToken)).Find(code);

    public async Task<IReadOnlyList<OrganizationUnitInfo>> ChildrenAsync(string code, CancellationToken cancellationToken = default) =>
        (await GetTreeAsync(cancellationToken)).ChildrenOf(code);

    public async Task<IReadOnlyList<OrganizationUnitInfo>> AncestorsAsync(string code, CancellationToken cancellationToken = default) =>
        (await GetTreeAsync(cancellationToken)).AncestorsOf(code);

    public async Task<bool> ContainsAsync(string ancestorCode, string unitCode, CancellationToken cancellationToken = default) =>
        (await GetTreeAsync(cancellationToken)).Contains(ancestorCode, unitCode);

    public async Task<IReadOnlyList<OrganizationUnitInfo>> ListAsync(UnitKind kind, CancellationToken cancellationToken = default) =>
        (await GetTreeAsync(cancellationToken)).OfKind(kind);
}
