using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.DemoSites.Data;
using Showcase.DemoSites.Models;
using Showcase.DemoSites.Services;

namespace Showcase.DemoSites.Pages.Admin.Sites.Pages;

/// <summary><c>/admin/sites/{slug}/pages/new</c>: a site's editor (or a manager) adds a page as a draft, or submits it at once.</summary>
public sealed class NewModel(IContentWorkflow<SitePage, SitePageContent> workflow, SitePageAccessHandler access, DemoSitesDbContext db) : SiteAdminPageModel
{
    [FromRoute(Name = "slug")]
    public string Slug { get; set; } = "";

    [BindProperty]
    public PageInput Input { get; set; } = new();

    public DemoSite Site { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        var last = await db.Pages.AsNoTracking().Where(p => p.SiteSlug == Slug).Select(p => p.Content.NavOrder).ToListAsync(cancellationToken);
        Input.NavOrder = last.Count == 0 ? 10 : last.Max() + 10;
    }

    public async Task<IActionResult> OnPostAsync(string? action, CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        var slug = (Input.Slug ?? "").Trim();
        if (SiteRules.PageSlugProblem(slug) is { } problem)
        {
            throw new ContentValidationException([new ContentError("Slug", problem)]);
        }

        var code = SitePageCode.Of(Slug, slug);
        if (await db.Pages.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw new ContentValidationException([new ContentError("Slug", "Error.PageSlugTaken", slug)]);
        }

        var page = await workflow.SaveAsync(User, new ContentEdit<SitePageContent>(code, Input.ToContent(null)) { IsNew = true, Submit = action == "submit" }, cancellationToken);
        Message = Text[action == "submit" ? "Admin.PageSubmitted" : "Admin.PageSaved", page.Content.Title];
        return Redirect(PageUrl(Slug, page.PageSlug));
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == Slug, cancellationToken)
            ?? throw new ContentNotFoundException(new ContentRef(DemoSiteEditor.TypeName, Slug));
        if (!await access.AllowsAsync(User, ContentOperation.Edit, Slug))
        {
            throw new ContentAccessDeniedException(User.Identity?.Name ?? "", ContentOperation.Edit, new ContentRef(DemoSiteEditor.TypeName, Slug));
        }
    }
}
