namespace Showcase.Abstractions.Settings;

/// <summary>The site's settings as every page reads them (kept in memory by the core, refreshed when they change).</summary>
public interface ISiteSettings
{
    /// <returns>a copy: changing it changes nothing.</returns>
    Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default);
}
