namespace Showcase.Abstractions.Sitemap;

/// <summary>
/// A module's contribution to <c>/sitemap.xml</c>, which the core serves once for every module: its public
/// addresses, only what visitors may see (published, never a draft). Registered scoped.
/// </summary>
public interface ISitemapSource
{
    Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken cancellationToken);
}
