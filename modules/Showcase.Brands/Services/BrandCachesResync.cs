using Microsoft.AspNetCore.OutputCaching;
using Showcase.Abstractions.Events;

namespace Showcase.Brands.Services;

/// <summary>Drops this node's cached organisation tree, brand catalogue and public brand pages.</summary>
internal sealed class BrandCachesResync(ICommunityDirectory directory, BrandCatalogCache catalog, IOutputCacheStore pages) : INodeResync
{
    public string Concern => "brand caches";

    public async Task ResyncAsync(CancellationToken cancellationToken)
    {
        directory.Invalidate();
        catalog.Invalidate();
        await pages.EvictByTagAsync(BrandOutputCache.Tag, cancellationToken);
    }
}
