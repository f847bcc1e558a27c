namespace Showcase.DemoSites.Services;

/// <summary>Filters and a page of <see cref="IDemoSiteDirectory.ListAsync"/>; empty filters match every site.</summary>
/// <param name="Skip">Sites to pass over, in the directory's stable order (programme, kind, slug).</param>
/// <param name="Take">At most this many (the caller caps it).</param>
public sealed record DemoSiteQuery(string? Programme = null, string? Kind = null, string? District = null, int Skip = 0, int Take = 50);

/// <summary>A published demo site as a partner sees it.</summary>
/// <param name="Pages">The site's published pages in navigation order (slug and title).</param>
public sealed record DemoSiteInfo(
    string Slug, string Title, string ProgrammeCode, string ProgrammeTitle, string Kind, string KindTitle,
    string UnitCode, string UnitName, string DistrictCode, string DistrictName, string Theme, string Summary,
    string Contact, IReadOnlyList<string> FeaturedBrands, IReadOnlyList<SiteNavLink> Pages, bool IsIllustrative,
    DateTimeOffset UpdatedUtc)
{
    /// <summary>The resource name of API.md: <c>sites/{slug}</c>.</summary>
    public string Name => "sites/" + Slug;
}

/// <summary>One page of sites and how many match in all.</summary>
public sealed record DemoSiteList(IReadOnlyList<DemoSiteInfo> Sites, int TotalSize);

/// <summary>
/// The published demo sites for other modules (the partner API's <c>CatalogService.ListDemoSites</c> and
/// <c>GetDemoSite</c>): only what visitors may see, read from the module's in-memory catalog. Scoped.
/// </summary>
public interface IDemoSiteDirectory
{
    Task<DemoSiteList> ListAsync(DemoSiteQuery query, CancellationToken cancellationToken = default);

    /// <returns>the published site, or null (none, or not published).</returns>
    Task<DemoSiteInfo?> GetAsync(string slug, CancellationToken cancellationToken = default);
}
