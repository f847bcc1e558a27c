using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Themes;
using Showcase.DemoSites.Data;
using Showcase.DemoSites.Models;
using Showcase.DemoSites.Services;

namespace Showcase.DemoSites.Pages.Admin.Sites;

/// <summary>
/// <c>/admin/sites/{slug}</c>: the site's pages with their states (for its editors and managers), and for managers
/// its settings, its editors and whether visitors see it.
/// </summary>
public sealed class SiteModel(DemoSitesDbContext db, DemoSiteEditor editor, SitePageAccessHandler access, IThemeDirectory themes) : SiteAdminPageModel
{
    public sealed class InputModel
    {
        public string Title { get; set; } = "";

        public string UnitCode { get; set; } = "";

        public string Theme { get; set; } = "";

        public string Summary { get; set; } = "";

        public string CoverUrl { get; set; } = "";

        public string Contact { get; set; } = "";

        /// <summary>Brand codes separated by commas or spaces.</summary>
        public string FeaturedBrands { get; set; } = "";
    }

    [FromRoute(Name = "slug")]
    public string Slug { get; set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public string? EditorName { get; set; }

    public DemoSite Site { get; private set; } = new();

    public IReadOnlyList<SitePage> SitePages { get; private set; } = [];

    public IReadOnlyList<string> Editors { get; private set; } = [];

    public IReadOnlyList<ThemeInfo> Themes => themes.PublicThemes;

    public bool CanManage { get; private set; }

    public bool CanEditPages { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new InputModel
        {
            Title = Site.Title, UnitCode = Site.UnitCode, Theme = Site.Theme, Summary = Site.Summary,
            CoverUrl = Site.CoverUrl, Contact = Site.Contact, FeaturedBrands = string.Join(", ", Site.FeaturedBrands),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var fields = new SiteFields
        {
            Title = Input.Title, UnitCode = Input.UnitCode, Theme = Input.Theme, Summary = Input.Summary, CoverUrl = Input.CoverUrl,
            Contact = Input.Contact, FeaturedBrands = Input.FeaturedBrands.Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries).ToList(),
        };
        var site = await editor.SaveAsync(User, Slug, fields, cancellationToken);
        Message = Text["Admin.SiteSaved", site.Title];
        return Redirect(SiteUrl(Slug));
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        var site = await editor.SetPublishedAsync(User, Slug, published: true, cancellationToken);
        Message = Text["Admin.SitePublishedMessage", site.Title];
        return Redirect(SiteUrl(Slug));
    }

    public async Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken)
    {
        var site = await editor.SetPublishedAsync(User, Slug, published: false, cancellationToken);
        Message = Text["Admin.SiteUnpublishedMessage", site.Title];
        return Redirect(SiteUrl(Slug));
    }

    public async Task<IActionResult> OnPostAddEditorAsync(CancellationToken cancellationToken)
    {
        await editor.AddEditorAsync(User, Slug, EditorName ?? "", cancellationToken);
        Message = Text["Admin.EditorAdded", EditorName ?? ""];
        return Redirect(SiteUrl(Slug));
    }

    public async Task<IActionResult> OnPostRemoveEditorAsync(string userName, CancellationToken cancellationToken)
    {
        await editor.RemoveEditorAsync(User, Slug, userName, cancellationToken);
        Message = Text["Admin.EditorRemoved", userName];
        return Redirect(SiteUrl(Slug));
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == Slug, cancellationToken)
            ?? throw new ContentNotFoundException(new ContentRef(DemoSiteEditor.TypeName, Slug));
        if (!await access.AllowsAsync(User, ContentOperation.View, Slug))
        {
            throw new ContentAccessDeniedException(User.Identity?.Name ?? "", ContentOperation.View, new ContentRef(DemoSiteEditor.TypeName, Slug));
        }

        CanManage = Permissions.ManageDemoSites.IsGrantedTo(User);
        CanEditPages = await access.AllowsAsync(User, ContentOperation.Edit, Slug);
        SitePages = await db.Pages.AsNoTracking().Where(p => p.SiteSlug == Slug).ToListAsync(cancellationToken);
        SitePages = SitePages.OrderBy(p => p.Content.NavOrder).ThenBy(p => p.PageSlug, StringComparer.Ordinal).ToList();
        Editors = await db.Editors.AsNoTracking().Where(e => e.SiteId == Site.Id).OrderBy(e => e.UserName).Select(e => e.UserName).ToListAsync(cancellationToken);
    }
}
