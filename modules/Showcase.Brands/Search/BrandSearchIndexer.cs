using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Events;
using Showcase.Brands.Data;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Search;

/// <summary>
/// Keeps the search index in step with publishing, and rebuilds it from the published brands. The events of
/// one command (a recipe may publish thousands of brands) are gathered and indexed together once they are all
/// delivered, from what the database holds then, after the command committed. Each node has its own index under
/// its data folder, so every node does it.
/// </summary>
[EveryNode]
public sealed class BrandSearchIndexer(BrandsDbContext db, BrandSearchIndex index, ICommunityDirectory directory)
    : IDomainEventHandler<BrandPublished>, IDomainEventHandler<BrandUnpublished>, IDomainEventHandler<BrandPlacesChanged>, IDomainEventBatch
{
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    public Task HandleAsync(BrandPublished domainEvent, CancellationToken cancellationToken) =>
        ChangedAsync(domainEvent.Code, cancellationToken);

    public Task HandleAsync(BrandUnpublished domainEvent, CancellationToken cancellationToken) =>
        ChangedAsync(domainEvent.Code, cancellationToken);

    public Task HandleAsync(BrandPlacesChanged domainEvent, CancellationToken cancellationToken)
    {
        _pending.UnionWith(domainEvent.Codes);
        return Task.CompletedTask;
    }

    /// <returns>the number of brands indexed.</returns>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var view = await directory.GetAsync(cancellationToken);
        var brands = await db.Published.AsNoTracking().OrderBy(b => b.Code).ToListAsync(cancellationToken);
        await index.RebuildAsync(brands.Select(b => ToDocument(b, view)), cancellationToken);
        _pending.Clear();
        return brands.Count;
    }

    /// <summary>Indexes <paramref name="codes"/> again as the database holds them now (their place's name changed, say).</summary>
    public Task ReindexAsync(IEnumerable<string> codes, CancellationToken cancellationToken = default)
    {
        _pending.UnionWith(codes);
        return CompleteAsync(cancellationToken);
    }

    private Task ChangedAsync(string code, CancellationToken cancellationToken)
    {
        _pending.Add(code);
        return Task.CompletedTask;
    }

    /// <summary>Indexes the brands whose events arrived, as the database holds them now.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
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

    private static BrandSearchDocument ToDocument(PublishedBrand brand, OrganizationView view)
    {
        var content = brand.Content;
        var place = view.Community(content.CommunityCode);
        var body = new HtmlParser().ParseDocument(brand.BodyHtml).Body?.TextContent ?? "";
        return new BrandSearchDocument(
            brand.Code, content.Title, content.Slogan, content.Summary, body, content.Practices, content.Tags,
            place is null ? "" : $"{place.DistrictName} {place.CommunityName}", brand.DistrictCode);
    }
}
