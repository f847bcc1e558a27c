using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Events;
using Showcase.Brands.Data;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Search;

/// <summary>Keeps the search index in step with publishing, and rebuilds it from the published brands.</summary>
public sealed class BrandSearchIndexer(BrandsDbContext db, BrandSearchIndex index, ICommunityDirectory directory)
    : IDomainEventHandler<BrandPublished>, IDomainEventHandler<BrandUnpublished>
{
    public async Task HandleAsync(BrandPublished domainEvent, CancellationToken cancellationToken)
    {
        var brand = await db.Published.AsNoTracking().FirstOrDefaultAsync(b => b.Code == domainEvent.Code, cancellationToken);
        if (brand is null)
        {
            await index.RemoveAsync(domainEvent.Code, cancellationToken);
            return;
        }

        await index.UpsertAsync(ToDocument(brand, await directory.GetAsync(cancellationToken)), cancellationToken);
    }

    public Task HandleAsync(BrandUnpublished domainEvent, CancellationToken cancellationToken) =>
        index.RemoveAsync(domainEvent.Code, cancellationToken);

    /// <returns>the number of brands indexed.</returns>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var view = await directory.GetAsync(cancellationToken);
        var brands = await db.Published.AsNoTracking().OrderBy(b => b.Code).ToListAsync(cancellationToken);
        await index.RebuildAsync(brands.Select(b => ToDocument(b, view)), cancellationToken);
        return brands.Count;
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
