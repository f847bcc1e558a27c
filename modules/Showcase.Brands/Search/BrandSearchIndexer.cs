using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Events;
using Showcase.Brands.Data;
using Showcase.Brands.Models;
using Showcase.Brands.Services;
using Showcase.Core.Data;

namespace Showcase.Brands.Search;

/// <summary>
/// Keeps the search index in step with publishing, and rebuilds it from the published brands.
/// Outside a transaction a change is indexed at once. Inside one (a recipe publishing many brands) the
/// codes are collected and indexed together when the scope ends, from what the database then holds:
/// committed brands are indexed, brands of a rolled-back transaction are not.
/// </summary>
public sealed class BrandSearchIndexer(BrandsDbContext db, DbSession session, BrandSearchIndex index, ICommunityDirectory directory)
    : IDomainEventHandler<BrandPublished>, IDomainEventHandler<BrandUnpublished>, IAsyncDisposable
{
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    public Task HandleAsync(BrandPublished domainEvent, CancellationToken cancellationToken) =>
        ChangedAsync(domainEvent.Code, cancellationToken);

    public Task HandleAsync(BrandUnpublished domainEvent, CancellationToken cancellationToken) =>
        ChangedAsync(domainEvent.Code, cancellationToken);

    /// <returns>the number of brands indexed.</returns>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var view = await directory.GetAsync(cancellationToken);
        var brands = await db.Published.AsNoTracking().OrderBy(b => b.Code).ToListAsync(cancellationToken);
        await index.RebuildAsync(brands.Select(b => ToDocument(b, view)), cancellationToken);
        _pending.Clear();
        return brands.Count;
    }

    private async Task ChangedAsync(string code, CancellationToken cancellationToken)
    {
        _pending.Add(code);
        if (session.Transaction is null)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Indexes the pending brands as the database holds them now.</summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var codes = _pending.ToList();
        _pending.Clear();
        var view = await directory.GetAsync(cancellationToken);
        var published = await db.Published.AsNoTracking().Where(b => codes.Contains(b.Code)).ToListAsync(cancellationToken);
        var gone = codes.Except(published.Select(b => b.Code), StringComparer.Ordinal).ToList();
        await index.UpdateAsync(published.Select(b => ToDocument(b, view)).ToList(), gone, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // The scope is ending: its transaction, if any, has been committed or rolled back by now.
        if (_pending.Count > 0 && session.Transaction is null)
        {
            try
            {
                await FlushAsync(CancellationToken.None);
            }
            catch (ObjectDisposedException)
            {
                // The scope's services went first; the start-up check rebuilds an index that falls behind.
            }
        }
    }

    private static BrandSearchDocument ToDocument(PublishedBrand brand, OrganizationView view)
    {
        var place = view.Community(brand.CommunityCode);
        var body = new HtmlParser().ParseDocument(brand.BodyHtml).Body?.TextContent ?? "";
        return new BrandSearchDocument(
            brand.Code, brand.Title, brand.Slogan, brand.Summary, body, brand.Practices, brand.Tags,
            place is null ? "" : $"{place.DistrictName} {place.CommunityName}", brand.DistrictCode);
    }
}
