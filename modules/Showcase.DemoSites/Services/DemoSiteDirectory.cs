namespace Showcase.DemoSites.Services;

internal sealed class DemoSiteDirectory(DemoSiteCatalog catalog) : IDemoSiteDirectory
{
    public async Task<DemoSiteList> ListAsync(DemoSiteQuery query, CancellationToken cancellationToken = default)
    {
        var matching = await catalog.ListAsync(new SiteListQuery(query.Programme, query.Kind, query.District), cancellationToken);
        var page = matching.Skip(Math.Max(0, query.Skip)).Take(Math.Max(0, query.Take)).Select(ToInfo).ToList();
        return new DemoSiteList(page, matching.Count);
    }

    public async Task<DemoSiteInfo?> GetAsync(string slug, CancellationToken cancellationToken = default) =>
        await catalog.SiteAsync(slug, cancellationToken) is { } site ? ToInfo(site) : null;

    private static DemoSiteInfo ToInfo(SiteView s) =>
        new(s.Slug, s.Title, s.ProgrammeCode, s.ProgrammeTitle, s.Kind, s.KindTitle, s.UnitCode, s.UnitName, s.DistrictCode,
            s.DistrictName, s.Theme, s.Summary, s.Contact, s.FeaturedBrands, s.Navigation, s.IsIllustrative, s.UpdatedUtc);
}
