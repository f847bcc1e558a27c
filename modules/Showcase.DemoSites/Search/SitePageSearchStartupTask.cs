using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;
using Showcase.Brands.Search;

namespace Showcase.DemoSites.Search;

/// <summary>Rebuilds the demo sites' page index at start when it does not hold as many pages as are public (see <see cref="LuceneIndexStartupTask"/>).</summary>
public sealed class SitePageSearchStartupTask(
    IServiceProvider services,
    IServiceScopeFactory scopes,
    IOptions<ShowcaseOptions> options,
    ILogger<SitePageSearchStartupTask> logger,
    IHostApplicationLifetime? lifetime = null) : LuceneIndexStartupTask(services, scopes, logger, lifetime)
{
    protected override string IndexPath => SitePageSearchIndex.PathFor(options.Value);

    protected override string IndexName => "demo-site page index";

    protected override async Task CheckAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        var indexer = provider.GetRequiredService<SitePageSearchIndexer>();
        if (provider.GetRequiredService<SitePageSearchIndex>().Count != await indexer.ExpectedCountAsync(cancellationToken))
        {
            var count = await indexer.RebuildAsync(cancellationToken);
            Logger.LogInformation("Rebuilt the demo-site page index: {Count} pages", count);
        }
    }
}
