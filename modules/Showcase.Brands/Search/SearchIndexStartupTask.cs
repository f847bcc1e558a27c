using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Hosting;
using Showcase.Brands.Services;

namespace Showcase.Brands.Search;

/// <summary>
/// Rebuilds the search index at start when it does not hold as many brands as are published: a new
/// data folder, a restored backup or an index that was deleted.
/// </summary>
public sealed class SearchIndexStartupTask(BrandSearchIndexer indexer, BrandSearchIndex index, BrandCatalog catalog, ILogger<SearchIndexStartupTask> logger) : IStartupTask
{
    /// <summary>After the default recipe.</summary>
    public int Order => 1000;

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        var published = await catalog.CountAsync(cancellationToken);
        if (index.Count != published)
        {
            var count = await indexer.RebuildAsync(cancellationToken);
            logger.LogInformation("Rebuilt the brand search index: {Count} brands", count);
        }
    }
}
