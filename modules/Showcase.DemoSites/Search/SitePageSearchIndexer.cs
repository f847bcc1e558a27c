using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Events;
using Showcase.DemoSites.Data;
using Showcase.DemoSites.Models;
using Showcase.Organizations.Services;

namespace Showcase.DemoSites.Search;

/// <summary>
/// Keeps the page index in step with publishing: a page published or taken down, or its site published, taken
/// down or renamed. The events of one command are gathered and indexed together after it committed, from what
/// the database holds then; only pages of published sites are in the index.
/// </summary>
public sealed class SitePageSearchIndexer(DemoSitesDbContext db, SitePageSearchIndex index, IOrganizationDirectory organizations)
    : IDomainEventHandler<SitePagePublished>, IDomainEventHandler<SitePageUnpublished>, IDomainEventHandler<DemoSiteChanged>, IDomainEventBatch
{
    private readonly HashSet<string> _pages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sites = new(StringComparer.Ordinal);

    public Task HandleAsync(SitePagePublished domainEvent, CancellationToken cancellationToken) => Pending(_pages, domainEvent.Code);

    public Task HandleAsync(SitePageUnpublished domainEvent, CancellationToken cancellationToken) => Pending(_pages, domainEvent.Code);

    public Task HandleAsync(DemoSiteChanged domainEvent, CancellationToken cancellationToken) => Pending(_sites, domainEvent.Slug);

    /// <returns>the number of pages indexed.</returns>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var documents = await DocumentsAsync(db.PublishedPages.AsNoTracking(), cancellationToken);
        await index.RebuildAsync(documents, cancellationToken);
        _pages.Clear();
        _sites.Clear();
        return documents.Count;
    }

    /// <summary>The number of pages the index should hold: published pages of published sites.</summary>
    public Task<int> ExpectedCountAsync(CancellationToken cancellationToken = default) =>
        db.PublishedPages.CountAsync(p => db.Sites.Any(s => s.Slug == p.SiteSlug && s.IsPublished), cancellationToken);

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_pages.Count == 0 && _sites.Count == 0)
        {
            return;
        }

        var pages = _pages.ToList();
        var sites = _sites.ToList();
        _pages.Clear();
        _sites.Clear();
        var touched = await db.Pages.AsNoTracking()
            .Where(p => pages.Contains(p.Code) || sites.Contains(p.SiteSlug))
            .Select(p => p.Code).ToListAsync(cancellationToken);
        touched.AddRange(pages);
        var documents = await DocumentsAsync(db.PublishedPages.AsNoTracking().Where(p => touched.Contains(p.Code)), cancellationToken);
        var gone = touched.Except(documents.Select(d => d.Code), StringComparer.Ordinal).Distinct(StringComparer.Ordinal).ToList();
        await index.UpdateAsync(documents, gone, cancellationToken);
    }

    private static Task Pending(HashSet<string> set, string key)
    {
        set.Add(key);
        return Task.CompletedTask;
    }

    private async Task<List<SitePageSearchDocument>> DocumentsAsync(IQueryable<PublishedSitePage> pages, CancellationToken cancellationToken)
    {
        var rows = await pages
            .Join(db.Sites.Where(s => s.IsPublished), p => p.SiteSlug, s => s.Slug, (p, s) => new { Page = p, s.Title, s.UnitCode })
            .ToListAsync(cancellationToken);
        var tree = await organizations.GetTreeAsync(cancellationToken);
        var parser = new HtmlParser();
        return rows.Select(r => new SitePageSearchDocument(
                r.Page.Code, r.Page.SiteSlug, r.Page.Content.Title,
                parser.ParseDocument(r.Page.BodyHtml).Body?.TextContent ?? "",
                r.Title,
                string.Join(' ', tree.AncestorsOf(r.UnitCode).Select(a => a.Name).Prepend(tree.Find(r.UnitCode)?.Name ?? ""))))
            .ToList();
    }
}
