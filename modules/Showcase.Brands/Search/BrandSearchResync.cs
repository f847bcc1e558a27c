using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Events;

namespace Showcase.Brands.Search;

/// <summary>
/// Rebuilds this node's search index from the published brands: after missed events, the index cannot tell which
/// brands changed (a new version replaces a document without changing the count), so it catches up with all of them.
/// </summary>
internal sealed class BrandSearchResync(BrandSearchIndexer indexer, ILogger<BrandSearchResync> logger) : INodeResync
{
    public string Concern => "brand search index";

    public async Task ResyncAsync(CancellationToken cancellationToken)
    {
        var count = await indexer.RebuildAsync(cancellationToken);
        logger.LogInformation("Rebuilt the brand search index from the database: {Count} brands", count);
    }
}
