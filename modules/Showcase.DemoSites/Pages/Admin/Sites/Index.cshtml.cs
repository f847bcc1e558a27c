using Microsoft.EntityFrameworkCore;
using Showcase.DemoSites.Data;
using Showcase.DemoSites.Models;
using Showcase.DemoSites.Services;

namespace Showcase.DemoSites.Pages.Admin.Sites;

/// <summary><c>/admin/sites</c>: the sites the user may see (all for managers and auditors, their own for a site's editors).</summary>
public sealed class IndexModel(DemoSitesDbContext db, SiteEditorsLookup editors) : SiteAdminPageModel
{
    public sealed record Row(DemoSite Site, string ProgrammeTitle, int Pages, int InReview);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(cancellationToken);

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        CanCreate = Permissions.ManageDemoSites.IsGrantedTo(User);
        var sites = db.Sites.AsNoTracking();
        if (!Permissions.ViewDemoSites.IsGrantedTo(User))
        {
            var own = (await editors.SitesOfAsync(User.Identity?.Name ?? "", cancellationToken)).ToList();
            sites = sites.Where(s => own.Contains(s.Slug));
        }

        var list = await sites.OrderBy(s => s.ProgrammeId).ThenBy(s => s.Kind).ThenBy(s => s.Slug).ToListAsync(cancellationToken);
        var programmes = await db.Programmes.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        var slugs = list.Select(s => s.Slug).ToList();
        var pages = await db.Pages.AsNoTracking().Where(p => slugs.Contains(p.SiteSlug))
            .Select(p => new { p.SiteSlug, p.State }).ToListAsync(cancellationToken);
        Rows = list.Select(s => new Row(s, programmes.GetValueOrDefault(s.ProgrammeId) ?? "",
            pages.Count(p => p.SiteSlug == s.Slug), pages.Count(p => p.SiteSlug == s.Slug && p.State == Abstractions.Content.ContentState.InReview))).ToList();
    }
}
