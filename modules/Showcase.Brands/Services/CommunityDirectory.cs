using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Data;
using Showcase.Organizations.Models;
using Showcase.Organizations.Services;

namespace Showcase.Brands.Services;

/// <summary>A community with the district it lies in.</summary>
public sealed record CommunityPlace(string CommunityCode, string CommunityName, string DistrictCode, string DistrictName, string StreetCode);

/// <summary>A district or county of the city.</summary>
public sealed record DistrictInfo(string Code, string Name);

/// <summary>What the brands module needs to know about the organisation tree.</summary>
public sealed record OrganizationView(
    IReadOnlyDictionary<string, CommunityPlace> Communities,
    IReadOnlyList<DistrictInfo> Districts)
{
    public CommunityPlace? Community(string code) => Communities.GetValueOrDefault(code);

    public string DistrictName(string code) => Districts.FirstOrDefault(d => d.Code == code)?.Name ?? code;
}

/// <summary>
/// The organisation tree as the brands module sees it: communities with their districts. Kept for a
/// short while in memory, because every public list page needs the names.
/// </summary>
public interface ICommunityDirectory
{
    Task<OrganizationView> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Forgets the cached view (the tree changed).</summary>
    void Invalidate();
}

/// <remarks>
/// Scoped: inside a command (a recipe that has just added communities) it reads through the scope's own
/// connection and skips the cache, so it sees the uncommitted tree and caches none of it. The cache is
/// dropped when the tree changes, on every node (<see cref="Handlers.CommunityDirectoryInvalidator"/>).
/// </remarks>
internal sealed class CommunityDirectory(IServiceProvider services, IUnitOfWork unitOfWork, IMemoryCache cache) : ICommunityDirectory
{
    private static readonly object CacheKey = new();

    public async Task<OrganizationView> GetAsync(CancellationToken cancellationToken = default)
    {
        if (unitOfWork.IsActive)
        {
            return await LoadAsync(cancellationToken);
        }

        if (cache.TryGetValue(CacheKey, out OrganizationView? view) && view is not null)
        {
            return view;
        }

        view = await LoadAsync(cancellationToken);
        cache.Set(CacheKey, view, TimeSpan.FromSeconds(30));
        return view;
    }

    public void Invalidate() => cache.Remove(CacheKey);

    private async Task<OrganizationView> LoadAsync(CancellationToken cancellationToken)
    {
        // Resolved on a miss only: the organisations' directory brings its context, which a cached view does without.
        var tree = await services.GetRequiredService<IOrganizationDirectory>().GetTreeAsync(cancellationToken);
        var districts = tree.OfKind(UnitKind.District).Select(d => new DistrictInfo(d.Code, d.Name)).ToList();
        var communities = new Dictionary<string, CommunityPlace>(StringComparer.Ordinal);
        foreach (var unit in tree.OfKind(UnitKind.Community))
        {
            var ancestors = tree.AncestorsOf(unit.Code);
            var district = ancestors.FirstOrDefault(a => a.Kind == UnitKind.District);
            var street = ancestors.FirstOrDefault(a => a.Kind == UnitKind.Street);
            communities[unit.Code] = new CommunityPlace(unit.Code, unit.Name, district?.Code ?? "", district?.Name ?? "", street?.Code ?? "");
        }

        return new OrganizationView(communities, districts);
    }
}
