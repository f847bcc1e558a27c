using Microsoft.EntityFrameworkCore;
using Showcase.Brands.Services;
using Showcase.DemoSites.Data;
using Showcase.DemoSites.Models;
using Showcase.Organizations.Models;
using Showcase.Organizations.Services;

namespace Showcase.DemoSites.Services;

/// <summary>The public side's reads: published sites and their published pages only, never a draft.</summary>
public sealed class DemoSiteCatalog(DemoSitesDbContext db, IOrganizationDirectory organizations, BrandMarkdown markdown, BrandCatalog brands, DemoSiteCatalogCache cache)
{
    /// <summary>Every published site, in programme, kind and slug order (cached).</summary>
    public Task<IReadOnlyList<SiteView>> AllAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync("all", () => LoadAllAsync(cancellationToken));

    public async Task<IReadOnlyList<SiteView>> ListAsync(SiteListQuery query, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken))
            .Where(s => string.IsNullOrEmpty(query.Programme) || s.ProgrammeCode == query.Programme)
            .Where(s => string.IsNullOrEmpty(query.Kind) || s.Kind == query.Kind)
            .Where(s => string.IsNullOrEmpty(query.District) || s.DistrictCode == query.District)
            .ToList();

    /// <summary>The published site, or null (a draft site, or none): what decides the site's theme and 404.</summary>
    public async Task<SiteView?> SiteAsync(string slug, CancellationToken cancellationToken = default) =>
        (await SitesBySlugAsync(cancellationToken)).GetValueOrDefault(slug);

    /// <summary>The published page of a published site, or null.</summary>
    public Task<PublishedSitePage?> PageAsync(string siteSlug, string pageSlug, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync($"page|{siteSlug}|{pageSlug}", async () =>
            await SiteAsync(siteSlug, cancellationToken) is null
                ? null
                : await db.PublishedPages.AsNoTracking().FirstOrDefaultAsync(p => p.SiteSlug == siteSlug && p.PageSlug == pageSlug, cancellationToken));

    /// <summary>The site's featured brands that are published, as cards (cached; a brand published or taken down starts a new generation).</summary>
    public Task<IReadOnlyList<BrandCard>> FeaturedBrandsAsync(SiteView site, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync($"brands|{site.Slug}", () => brands.CardsAsync(site.FeaturedBrands.ToList(), cancellationToken));

    public Task<IReadOnlyList<Programme>> ProgrammesAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync("programmes", async () =>
            (IReadOnlyList<Programme>)await db.Programmes.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken));

    public Task<ProgrammeView?> ProgrammeAsync(string code, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync($"programme|{code}", async () =>
        {
            var programme = (await ProgrammesAsync(cancellationToken)).FirstOrDefault(p => p.Code == code);
            if (programme is null)
            {
                return null;
            }

            var sites = (await AllAsync(cancellationToken)).Where(s => s.ProgrammeCode == code).ToList();
            var tree = await organizations.GetTreeAsync(cancellationToken);
            var districts = tree.OfKind(UnitKind.District).Select(d => new PlaceOption(d.Code, d.Name)).ToList();
            return new ProgrammeView(programme.Code, programme.Title, programme.Summary, markdown.ToHtml(programme.Body),
                programme.Kinds, programme.IsIllustrative, sites, districts);
        });

    /// <summary>The districts that have a published site, for the list's filter.</summary>
    public async Task<IReadOnlyList<PlaceOption>> DistrictsAsync(CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).Where(s => s.DistrictCode.Length > 0)
            .Select(s => new PlaceOption(s.DistrictCode, s.DistrictName)).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();

    /// <summary>Every published page of every published site with its time, for the sitemap (not cached).</summary>
    public async Task<IReadOnlyList<(string SiteSlug, string PageSlug, DateTimeOffset PublishedUtc)>> PublishedPagesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.PublishedPages.AsNoTracking()
            .Join(db.Sites.Where(s => s.IsPublished), p => p.SiteSlug, s => s.Slug, (p, _) => new { p.SiteSlug, p.PageSlug, p.PublishedUtc })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.SiteSlug, StringComparer.Ordinal).ThenBy(r => r.PageSlug, StringComparer.Ordinal)
            .Select(r => (r.SiteSlug, r.PageSlug, r.PublishedUtc)).ToList();
    }

    private Task<IReadOnlyDictionary<string, SiteView>> SitesBySlugAsync(CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync("by-slug", async () =>
            (IReadOnlyDictionary<string, SiteView>)(await AllAsync(cancellationToken)).ToDictionary(s => s.Slug, StringComparer.Ordinal));

    private async Task<IReadOnlyList<SiteView>> LoadAllAsync(CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var sites = await db.Sites.AsNoTracking().Where(s => s.IsPublished).ToListAsync(cancellationToken);
        var navigation = (await db.PublishedPages.AsNoTracking()
                .Select(p => new { p.SiteSlug, p.PageSlug, p.Content.Title, p.Content.NavOrder })
                .ToListAsync(cancellationToken))
            .GroupBy(p => p.SiteSlug)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SiteNavLink>)g.OrderBy(p => p.NavOrder).ThenBy(p => p.PageSlug, StringComparer.Ordinal)
                .Select(p => new SiteNavLink(p.PageSlug, p.Title)).ToList());
        var tree = await organizations.GetTreeAsync(cancellationToken);
        return sites
            .Select(s =>
            {
                var programme = programmes.GetValueOrDefault(s.ProgrammeId);
                return new SiteView(s.Slug, s.Title, s.Kind, programme?.Kinds.FirstOrDefault(k => k.Kind == s.Kind)?.Title ?? s.Kind,
                    programme?.Code ?? "", programme?.Title ?? "", s.UnitCode, tree.Find(s.UnitCode)?.Name ?? s.UnitCode,
                    s.DistrictCode, tree.Find(s.DistrictCode)?.Name ?? s.DistrictCode, s.Theme, s.Summary, s.CoverUrl, s.Contact,
                    s.FeaturedBrands, navigation.GetValueOrDefault(s.Slug) ?? [], s.IsIllustrative, s.UpdatedUtc);
            })
            .OrderBy(s => s.ProgrammeCode, StringComparer.Ordinal)
            .ThenBy(s => KindOrder(programmes.Values, s))
            .ThenBy(s => s.Slug, StringComparer.Ordinal)
            .ToList();
    }

    private static int KindOrder(IEnumerable<Programme> programmes, SiteView site)
    {
        var kinds = programmes.FirstOrDefault(p => p.Code == site.ProgrammeCode)?.Kinds ?? [];
        var index = kinds.FindIndex(k => k.Kind == site.Kind);
        return index < 0 ? int.MaxValue : index;
    }
}
