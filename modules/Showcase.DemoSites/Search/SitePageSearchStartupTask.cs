using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Hosting;

namespace Showcase.DemoSites.Search;

/// <summary>Rebuilds the page index at start when it does not hold as many pages as are public: a new data folder, a restored backup, a deleted index.</summary>
public sealed class SitePageSearchStartupTask(SitePageSearchIndexer indexer, SitePageSearchIndex index, ILogger<SitePageSearchStartupTask> logger) : IStartupTask
{
    /// <summary>After the default recipe.</summary>
    public int Order => 1000;

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        if (index.Count != await indexer.ExpectedCountAsync(cancellationToken))
        {
            var count = await indexer.RebuildAsync(cancellationToken);
            logger.LogInformation("Rebuilt the demo-site page index: {Count} pages", count);
        }
    }
}
