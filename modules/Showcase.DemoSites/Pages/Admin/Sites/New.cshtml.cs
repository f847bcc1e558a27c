using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Themes;
using Showcase.DemoSites.Data;
using Showcase.DemoSites.Models;
using Showcase.DemoSites.Services;
using Showcase.Organizations.Models;
using Showcase.Organizations.Services;

namespace Showcase.DemoSites.Pages.Admin.Sites;

/// <summary>
/// <c>/admin/sites/new</c>: a manager picks a template, a unit and a theme; the site and its starter pages are
/// made by the template's recipe in one command, or not at all (the reason shown beside the field).
/// </summary>
[Authorize(Policy = nameof(Permissions.ManageDemoSites))]
public sealed class NewModel(DemoSiteEditor editor, SiteTemplates templates, IThemeDirectory themes, IOrganizationDirectory organizations, DemoSitesDbContext db)
    : SiteAdminPageModel
{
    public sealed class InputModel
    {
        public string Template { get; set; } = "";

        public string Slug { get; set; } = "";

        public string Title { get; set; } = "";

        public string Programme { get; set; } = "";

        public string UnitCode { get; set; } = "";

        public string Theme { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SiteTemplate> Templates => templates.All;

    public IReadOnlyList<ThemeInfo> Themes => themes.PublicThemes;

    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    /// <summary>Units a site may belong to, in tree order, with their depth for indenting.</summary>
    public IReadOnlyList<(OrganizationUnitInfo Unit, int Depth)> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Template = Templates.Count > 0 ? Templates[0].Id : "";
        Input.Theme = Themes.Count > 0 ? Themes[0].Id : "";
        Input.Programme = Programmes.Count > 0 ? Programmes[0].Code : "";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var site = await editor.CreateAsync(User, new NewSiteRequest(Input.Template, Input.Slug, Input.Title, Input.Programme, Input.UnitCode, Input.Theme), cancellationToken);
        Message = Text["Admin.SiteCreated", site.Title];
        return Redirect(SiteUrl(site.Slug));
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var tree = await organizations.GetTreeAsync(cancellationToken);
        Units = tree.DepthFirst().Where(u => u.Kind != UnitKind.City).Select(u => (u, tree.AncestorsOf(u.Code).Count - 1)).ToList();
    }
}
