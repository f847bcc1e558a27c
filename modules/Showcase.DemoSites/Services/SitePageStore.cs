using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Brands.Services;
using Showcase.DemoSites.Data;
using Showcase.DemoSites.Models;

namespace Showcase.DemoSites.Services;

/// <summary>
/// What demo-site pages add to the shared editorial workflow: their table, their rules (the site exists, the
/// slug is an address), and the public copy with its events. The Markdown is rendered by the brands module's
/// sanitising renderer, so both kinds of content allow exactly the same HTML.
/// </summary>
internal sealed class SitePageStore(DemoSitesDbContext db, IUnitOfWork unitOfWork, BrandMarkdown markdown, TimeProvider clock)
    : IContentStore<SitePage, SitePageContent>
{
    public string AuditName => "demosites.page";

    public Task<SitePage?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.Pages.FirstOrDefaultAsync(p => p.Code == code, cancellationToken);

    public SitePage Add(string code)
    {
        var (site, page) = SitePageCode.Split(code);
        return db.Pages.Add(new SitePage { Code = code, SiteSlug = site, PageSlug = page }).Entity;
    }

    public async Task<ContentCheck<SitePageContent>> CheckAsync(ContentChange<SitePage, SitePageContent> change, CancellationToken cancellationToken)
    {
        var content = change.Content.Trimmed();
        var errors = SiteRules.Validate(content).ToList();
        if (change.Existing is null)
        {
            var (siteSlug, pageSlug) = SitePageCode.Split(change.Code);
            if (SiteRules.PageSlugProblem(pageSlug) is { } problem)
            {
                errors.Add(new ContentError("Slug", problem));
            }
            else if (!await db.Sites.AnyAsync(s => s.Slug == siteSlug, cancellationToken))
            {
                errors.Add(new ContentError("", "Error.UnknownSite", siteSlug));
            }
            else if (await db.Pages.CountAsync(p => p.SiteSlug == siteSlug, cancellationToken) >= SiteRules.MaxPages)
            {
                errors.Add(new ContentError("", "Error.TooManyPages", SiteRules.MaxPages));
            }
        }

        return new ContentCheck<SitePageContent>(content, errors);
    }

    public Task ApplyAsync(SitePage item, SitePageContent content, CancellationToken cancellationToken)
    {
        item.Content = content;
        return Task.CompletedTask;
    }

    public async Task PublishAsync(SitePage item, CancellationToken cancellationToken)
    {
        var published = await db.PublishedPages.FirstOrDefaultAsync(p => p.Code == item.Code, cancellationToken)
            ?? db.PublishedPages.Add(new PublishedSitePage { Code = item.Code, SiteSlug = item.SiteSlug, PageSlug = item.PageSlug }).Entity;
        published.Content = item.Content;
        published.BodyHtml = markdown.ToHtml(item.Content.Body);
        published.VersionNumber = item.VersionNumber;
        published.PublishedUtc = clock.GetUtcNow();
        unitOfWork.Raise(new SitePagePublished(item.Code));
    }

    public async Task UnpublishAsync(SitePage item, CancellationToken cancellationToken)
    {
        await db.PublishedPages.Where(p => p.Code == item.Code).ExecuteDeleteAsync(cancellationToken);
        unitOfWork.Raise(new SitePageUnpublished(item.Code));
    }
}
