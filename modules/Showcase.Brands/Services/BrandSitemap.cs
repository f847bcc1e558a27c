using Showcase.Abstractions.Sitemap;

namespace Showcase.Brands.Services;

/// <summary>The brands' part of <c>/sitemap.xml</c>: the brand list and every published brand.</summary>
internal sealed class BrandSitemap(BrandCatalog catalog) : ISitemapSource
{
    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken cancellationToken)
    {
        var brands = await catalog.SitemapAsync(cancellationToken);
        return [new SitemapEntry("/brands"), .. brands.Select(b => new SitemapEntry($"/brands/{Uri.EscapeDataString(b.Code)}", b.PublishedUtc))];
    }
}
