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
            var units = await _db.Units.AsNoTracking()
                .Select(u => new OrganizationUnitInfo(u.Code, u.Name, u.Kind, u.ParentCode == "" ? null : u.ParentCode))
                .ToListAsync(cancellationToken);
            _tree = new OrganizationTree(units);
        }

        return _tree;
    }

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
