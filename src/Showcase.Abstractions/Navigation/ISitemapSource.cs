namespace Showcase.Abstractions.Navigation;

/// <summary>
/// A module's public addresses for <c>/sitemap.xml</c>. Registered scoped (<c>services.AddScoped&lt;ISitemapSource, X&gt;()</c>);
/// the sitemap lists what every source returns.
/// </summary>
public interface ISitemapSource
{
    Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken cancellationToken);
}
