using Microsoft.EntityFrameworkCore;
using Showcase.DemoSites.Data;
using Showcase.DemoSites.Services;

namespace Showcase.DemoSites.Search;

/// <summary>A page found by the visitor's words, with its site.</summary>
public sealed record SitePageFound(string SiteSlug, string SiteTitle, string PageSlug, string Title, string Excerpt);

/// <summary>Full-text search over the published pages of published sites; hits no longer public are left out.</summary>
public sealed class SitePageSearch(SitePageSearchIndex index, DemoSitesDbContext db, DemoSiteCatalog catalog)
{
    public const int MaxResults = 50;

    public async Task<IReadOnlyList<SitePageFound>> SearchAsync(string text, CancellationToken cancellationToken = default)
    {
        var hits = index.Search(text, MaxResults);
        if (hits.Count == 0)
        {
            return [];
        }

        var codes = hits.Select(h => h.Code).ToList();
        var pages = await db.PublishedPages.AsNoTracking().Where(p => codes.Contains(p.Code)).ToListAsync(cancellationToken);
        var found = new List<SitePageFound>();
        foreach (var code in codes)
        {
            if (pages.FirstOrDefault(p => p.Code == code) is { } page && await catalog.SiteAsync(page.SiteSlug, cancellationToken) is { } site)
            {
                var body = Brands.Services.BrandMarkdown.ToPlainText(page.Content.Body);
                found.Add(new SitePageFound(site.Slug, site.Title, page.PageSlug, page.Content.Title, body.Length > 120 ? body[..120] + "…" : body));
            }
        }

        return found;
    }
}
