using Showcase.Abstractions.Sitemap;

namespace Showcase.DemoSites.Services;

/// <summary>The demo sites' part of <c>/sitemap.xml</c>: the site list, each programme, each published site and its published pages.</summary>
internal sealed class DemoSiteSitemap(DemoSiteCatalog catalog) : ISitemapSource
{
    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken cancellationToken)
    {
        var entries = new List<SitemapEntry> { new("/sites") };
        entries.AddRange((await catalog.ProgrammesAsync(cancellationToken)).Select(p => new SitemapEntry($"/programmes/{Uri.EscapeDataString(p.Code)}", p.UpdatedUtc)));
        entries.AddRange((await catalog.AllAsync(cancellationToken)).Select(s => new SitemapEntry($"/sites/{s.Slug}", s.UpdatedUtc)));
        entries.AddRange((await catalog.PublishedPagesAsync(cancellationToken)).Select(p => new SitemapEntry($"/sites/{p.SiteSlug}/{p.PageSlug}", p.PublishedUtc)));
        return entries;
    }
}
