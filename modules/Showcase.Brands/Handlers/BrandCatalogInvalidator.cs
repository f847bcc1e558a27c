using Microsoft.AspNetCore.OutputCaching;
using Showcase.Abstractions.Events;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Handlers;

/// <summary>
/// Starts a new cache generation and evicts the cached public pages when a brand is published or
/// unpublished (or its place changed), and once more when the scope ends, so that a request racing with an
/// uncommitted recipe cannot keep the old state cached. Every node keeps its own caches, so every node does it.
/// </summary>
[EveryNode]
public sealed class BrandCatalogInvalidator(BrandCatalogCache cache, IOutputCacheStore pages)
    : IDomainEventHandler<BrandPublished>, IDomainEventHandler<BrandUnpublished>, IDomainEventHandler<BrandPlacesChanged>, IAsyncDisposable
{
    private bool _changed;

    public Task HandleAsync(BrandPublished domainEvent, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    public Task HandleAsync(BrandUnpublished domainEvent, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    public Task HandleAsync(BrandPlacesChanged domainEvent, CancellationToken cancellationToken) => ChangedAsync(cancellationToken);

    private async Task ChangedAsync(CancellationToken cancellationToken)
    {
        _changed = true;
        cache.Invalidate();
        await pages.EvictByTagAsync(BrandOutputCache.Tag, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_changed)
        {
            cache.Invalidate();
            await pages.EvictByTagAsync(BrandOutputCache.Tag, CancellationToken.None);
        }
    }
}
