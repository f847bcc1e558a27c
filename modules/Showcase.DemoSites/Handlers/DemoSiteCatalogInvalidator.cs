using Microsoft.AspNetCore.OutputCaching;
using Showcase.Abstractions.Events;
using Showcase.Brands.Models;
using Showcase.DemoSites.Models;
using Showcase.DemoSites.Services;

namespace Showcase.DemoSites.Handlers;

/// <summary>
/// Starts a new catalog generation and evicts the cached public pages when a site or a page changes, or a brand
/// a site may feature, and once more when the scope ends, so that a request racing with the change cannot keep
/// the old state cached.
/// </summary>
public sealed class DemoSiteCatalogInvalidator(DemoSiteCatalogCache cache, IOutputCacheStore pages)
    : IDomainEventHandler<DemoSiteChanged>, IDomainEventHandler<SitePagePublished>, IDomainEventHandler<SitePageUnpublished>,
      IDomainEventHandler<BrandPublished>, IDomainEventHandler<BrandUnpublished>, IAsyncDisposable
{
    private bool _changed;

    public Task HandleAsync(DemoSiteChanged domainEvent, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    public Task HandleAsync(SitePagePublished domainEvent, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    public Task HandleAsync(SitePageUnpublished domainEvent, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    public Task HandleAsync(BrandPublished domainEvent, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    public Task HandleAsync(BrandUnpublished domainEvent, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    private async Task ChangedAsync(CancellationToken cancellationToken)
    {
        _changed = true;
        cache.Invalidate();
        await pages.EvictByTagAsync(DemoSiteOutputCache.Tag, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_changed)
        {
            cache.Invalidate();
            await pages.EvictByTagAsync(DemoSiteOutputCache.Tag, CancellationToken.None);
        }
    }
}
