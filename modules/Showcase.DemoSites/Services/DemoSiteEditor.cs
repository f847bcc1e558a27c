using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Recipes;
using Showcase.Abstractions.Security;
using Showcase.DemoSites.Data;
using Showcase.DemoSites.Models;

namespace Showcase.DemoSites.Services;

/// <summary>
/// The commands on demo sites themselves (their pages go through the shared content workflow): create one from
/// a template, change its settings, name its editors, publish it or take it down. Each is one command of the
/// unit of work with one audit line; refusals are the content workflow's exceptions, shown by the pages' filter.
/// </summary>
public sealed class DemoSiteEditor(
    DemoSitesDbContext db,
    IUnitOfWork unitOfWork,
    SiteFieldsCheck check,
    IUserDirectory users,
    IRecipeRunner recipes,
    SiteTemplates templates,
    SiteEditorsLookup editors,
    IAuditLog audit,
    TimeProvider clock)
{
    public const string TypeName = "DemoSite";

    /// <summary>
    /// Makes a site from its template recipe, run inside this command: the site and its starter pages exist
    /// together or not at all. The site starts unpublished, its pages as drafts.
    /// </summary>
    public Task<DemoSite> CreateAsync(ClaimsPrincipal user, NewSiteRequest request, CancellationToken cancellationToken = default) =>
        CreateAsync(user, request, templates.Find(request.Template), cancellationToken);

    /// <summary>As <see cref="CreateAsync(ClaimsPrincipal, NewSiteRequest, CancellationToken)"/> with a template given (a test's broken one, say).</summary>
    internal async Task<DemoSite> CreateAsync(ClaimsPrincipal user, NewSiteRequest request, SiteTemplate? template, CancellationToken cancellationToken)
    {
        try
        {
            return await unitOfWork.ExecuteAsync(async ct =>
            {
                Demand(user, request.Slug);
                var errors = new List<ContentError>();
                var slug = request.Slug.Trim();
                if (SiteRules.SiteSlugProblem(slug) is { } problem)
                {
                    errors.Add(new ContentError("Slug", problem));
                }
                else if (await db.Sites.AnyAsync(s => s.Slug == slug, ct))
                {
                    errors.Add(new ContentError("Slug", "Error.SlugTaken", slug));
                }

                if (template is null)
                {
                    errors.Add(new ContentError("Template", "Error.UnknownTemplate", request.Template));
                }

                if (!await db.Programmes.AnyAsync(p => p.Code == request.Programme, ct))
                {
                    errors.Add(new ContentError("Programme", "Error.UnknownProgramme", request.Programme));
                }

                var fields = new SiteFields { Title = request.Title, UnitCode = request.UnitCode, Theme = request.Theme }.Trimmed();
                errors.AddRange(await check.CheckAsync(fields, ct));
                if (errors.Count > 0)
                {
                    throw new ContentValidationException(errors.DistinctBy(e => e.Field).ToList());
                }

                var values = new SiteTemplateValues(slug, fields.Title, request.Programme, fields.UnitCode, fields.Theme);
                using var recipe = new MemoryStream(SiteTemplates.Instantiate(template!, values));
                await recipes.RunAsync(recipe, NameOf(user), ct);
                var site = await db.Sites.SingleAsync(s => s.Slug == slug, ct);
                site.Template = template!.Id;
                site.UpdatedBy = NameOf(user);
                await audit.WriteAsync(NameOf(user), "demosites.site.created", $"{TypeName}/{slug}", $"template {template.Id}; theme {site.Theme}", ct);
                return site;
            }, cancellationToken);
        }
        catch (RecipeException e)
        {
            // A template that cannot be applied left nothing behind (the command rolled back); the manager is told why.
            throw new ContentValidationException([new ContentError("Template", "Error.TemplateFailed", e.Message)]);
        }
    }

    public Task<DemoSite> SaveAsync(ClaimsPrincipal user, string slug, SiteFields fields, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            Demand(user, slug);
            var site = await FindAsync(slug, ct);
            fields = fields.Trimmed() with { Kind = site.Kind };
            var errors = await check.CheckAsync(fields, ct);
            if (errors.Count > 0)
            {
                throw new ContentValidationException(errors);
            }

            await check.ApplyAsync(site, fields, ct);
            site.UpdatedBy = NameOf(user);
            unitOfWork.Raise(new DemoSiteChanged(site.Slug));
            await audit.WriteAsync(NameOf(user), "demosites.site.edited", $"{TypeName}/{slug}", $"theme {site.Theme}", ct);
            return site;
        }, cancellationToken);

    /// <summary>Publishes the site (visitors see it and its published pages) or takes it down.</summary>
    public Task<DemoSite> SetPublishedAsync(ClaimsPrincipal user, string slug, bool published, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            Demand(user, slug);
            var site = await FindAsync(slug, ct);
            if (site.IsPublished != published)
            {
                site.IsPublished = published;
                site.UpdatedUtc = clock.GetUtcNow();
                site.UpdatedBy = NameOf(user);
                unitOfWork.Raise(new DemoSiteChanged(site.Slug));
                await audit.WriteAsync(NameOf(user), published ? "demosites.site.published" : "demosites.site.unpublished", $"{TypeName}/{slug}", "", ct);
            }

            return site;
        }, cancellationToken);

    /// <summary>Makes <paramref name="userName"/> an editor of the site's pages.</summary>
    public Task AddEditorAsync(ClaimsPrincipal user, string slug, string userName, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            Demand(user, slug);
            var site = await FindAsync(slug, ct);
            userName = userName.Trim();
            var found = await users.FindAsync([userName], ct);
            if (!found.TryGetValue(userName, out var info))
            {
                throw new ContentValidationException([new ContentError("UserName", "Error.UnknownUser", userName)]);
            }

            if (!await db.Editors.AnyAsync(e => e.SiteId == site.Id && e.UserName == info.UserName, ct))
            {
                db.Editors.Add(new SiteEditor { SiteId = site.Id, UserName = info.UserName });
                editors.Forget();
                await audit.WriteAsync(NameOf(user), "demosites.site.editor-added", $"{TypeName}/{slug}", info.UserName, ct);
            }
        }, cancellationToken);

    public Task RemoveEditorAsync(ClaimsPrincipal user, string slug, string userName, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            Demand(user, slug);
            var site = await FindAsync(slug, ct);
            var removed = await db.Editors.Where(e => e.SiteId == site.Id && e.UserName == userName).ExecuteDeleteAsync(ct);
            if (removed > 0)
            {
                editors.Forget();
                await audit.WriteAsync(NameOf(user), "demosites.site.editor-removed", $"{TypeName}/{slug}", userName, ct);
            }
        }, cancellationToken);

    private async Task<DemoSite> FindAsync(string slug, CancellationToken cancellationToken) =>
        await db.Sites.FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken)
            ?? throw new ContentNotFoundException(new ContentRef(TypeName, slug));

    private static void Demand(ClaimsPrincipal user, string slug)
    {
        if (!Permissions.ManageDemoSites.IsGrantedTo(user))
        {
            throw new ContentAccessDeniedException(NameOf(user), ContentOperation.Publish, new ContentRef(TypeName, slug));
        }
    }

    private static string NameOf(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
