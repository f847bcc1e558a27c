using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Localization;
using Showcase.Abstractions.Recipes;
using Showcase.Abstractions.Security;
using Showcase.Abstractions.Themes;
using Showcase.DemoSites.Data;
using Showcase.DemoSites.Models;
using Showcase.DemoSites.Services;

namespace Showcase.DemoSites.Recipes;

/// <summary>
/// The <c>programmes</c> step (RECIPES.md): programmes keyed by <c>code</c>, their sites by <c>slug</c> and each
/// site's pages by their own <c>slug</c>, created or brought up to date. A programme named by code alone must
/// exist already (a site template adds its site to one). Pages go through the shared content workflow.
/// Programme fields: code, title, summary, body, kinds ({ kind, title, count }), illustrative, sites.
/// Site fields: slug, title, kind, unit, theme, summary, cover, contact, featuredBrands, editors, state
/// (<c>published</c>, the default, or <c>draft</c>), illustrative, pages. Page fields: slug, title, body, order,
/// state (the site's by default), illustrative.
/// </summary>
public sealed class ProgrammesRecipeStep(
    DemoSitesDbContext db,
    SiteFieldsCheck sites,
    IContentWorkflow<SitePage, SitePageContent> pages,
    IThemeDirectory themes,
    IUserDirectory users,
    IUnitOfWork unitOfWork,
    IStringLocalizer<DemoSitesText> text,
    IStringLocalizer<SharedText> shared,
    TimeProvider clock)
    : RecipeStep<IReadOnlyList<ProgrammesRecipeStep.ProgrammeDefinition>>
{
    public sealed record ProgrammeDefinition(string Path, string Code, string? Title, string? Summary, string? Body, IReadOnlyList<ProgrammeKind>? Kinds, bool? Illustrative, IReadOnlyList<SiteDefinition> Sites);

    public sealed record SiteDefinition(string Path, string Slug, SiteFields Fields, bool ThemeGiven, IReadOnlyList<string> Editors, bool Publish, bool Illustrative, IReadOnlyList<PageDefinition> Pages);

    public sealed record PageDefinition(string Path, string Slug, SitePageContent Content, bool Publish);

    public override string Name => "programmes";

    protected override IReadOnlyList<ProgrammeDefinition> Read(RecipeObject step)
    {
        var programmes = step.RequiredArray("programmes", ReadProgramme);
        Unique(programmes.Select(p => (p.Path, p.Code)), "code");
        Unique(programmes.SelectMany(p => p.Sites).Select(s => (s.Path, s.Slug)), "slug");
        return programmes;
    }

    protected override async Task<string> ApplyAsync(IReadOnlyList<ProgrammeDefinition> definitions, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var user = SystemUser.Create($"recipe:{context.RecipeName}");
        int sitesAdded = 0, sitesUpdated = 0, pagesChanged = 0;
        foreach (var definition in definitions)
        {
            var programme = await ApplyProgrammeAsync(definition, cancellationToken);
            foreach (var site in definition.Sites)
            {
                var added = await ApplySiteAsync(programme, site, cancellationToken);
                if (added)
                {
                    sitesAdded++;
                }
                else
                {
                    sitesUpdated++;
                }

                foreach (var page in site.Pages)
                {
                    try
                    {
                        var outcome = await pages.ImportAsync(user, SitePageCode.Of(site.Slug, page.Slug), page.Content, page.Publish, cancellationToken);
                        pagesChanged += outcome == ContentImportOutcome.Unchanged ? 0 : 1;
                    }
                    catch (ContentValidationException e)
                    {
                        throw Refused(page.Path, e.Errors[0]);
                    }
                }
            }
        }

        return $"{definitions.Count} programmes, {sitesAdded + sitesUpdated} sites: {sitesAdded} added, {sitesUpdated} brought up to date; {pagesChanged} pages changed";
    }

    private async Task<Programme> ApplyProgrammeAsync(ProgrammeDefinition definition, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Code == definition.Code, cancellationToken);
        if (programme is null)
        {
            if (definition.Title is null)
            {
                throw new RecipeException($"{definition.Path}.title", $"is required: there is no programme '{definition.Code}' yet");
            }

            programme = db.Programmes.Add(new Programme { Code = definition.Code }).Entity;
        }

        programme.Title = definition.Title ?? programme.Title;
        programme.Summary = definition.Summary ?? programme.Summary;
        programme.Body = definition.Body ?? programme.Body;
        programme.Kinds = definition.Kinds?.ToList() ?? programme.Kinds;
        programme.IsIllustrative = definition.Illustrative ?? programme.IsIllustrative;
        programme.UpdatedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return programme;
    }

    /// <returns>true when the site was added.</returns>
    private async Task<bool> ApplySiteAsync(Programme programme, SiteDefinition definition, CancellationToken cancellationToken)
    {
        if (programme.Kinds.Count > 0 && programme.Kinds.All(k => k.Kind != definition.Fields.Kind))
        {
            throw new RecipeException($"{definition.Path}.kind",
                $"'{definition.Fields.Kind}' is not a kind of programme {programme.Code}: use one of {string.Join(", ", programme.Kinds.Select(k => k.Kind))}");
        }

        var fields = definition.ThemeGiven || themes.PublicThemes.Count == 0 ? definition.Fields : definition.Fields with { Theme = themes.PublicThemes[0].Id };
        var errors = await sites.CheckAsync(fields, cancellationToken);
        if (errors.Count > 0)
        {
            throw Refused(definition.Path, errors[0]);
        }

        var site = await db.Sites.FirstOrDefaultAsync(s => s.Slug == definition.Slug, cancellationToken);
        var added = site is null;
        if (site is null)
        {
            site = db.Sites.Add(new DemoSite { Slug = definition.Slug, CreatedUtc = clock.GetUtcNow() }).Entity;
        }
        else if (site.ProgrammeId != programme.Id)
        {
            throw new RecipeException($"{definition.Path}.slug", $"'{definition.Slug}' is already a site of another programme");
        }

        site.ProgrammeId = programme.Id;
        await sites.ApplyAsync(site, fields, cancellationToken);
        site.IsPublished = definition.Publish;
        site.IsIllustrative = definition.Illustrative;
        site.UpdatedBy = "recipe";
        await db.SaveChangesAsync(cancellationToken);

        if (definition.Editors.Count > 0)
        {
            var found = await users.FindAsync(definition.Editors, cancellationToken);
            for (var i = 0; i < definition.Editors.Count; i++)
            {
                if (!found.TryGetValue(definition.Editors[i], out var info))
                {
                    throw new RecipeException($"{definition.Path}.editors[{i}]", $"there is no user '{definition.Editors[i]}'");
                }

                if (!await db.Editors.AnyAsync(e => e.SiteId == site.Id && e.UserName == info.UserName, cancellationToken))
                {
                    db.Editors.Add(new SiteEditor { SiteId = site.Id, UserName = info.UserName });
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        unitOfWork.Raise(new DemoSiteChanged(site.Slug));
        return added;
    }

    private static ProgrammeDefinition ReadProgramme(RecipeObject programme)
    {
        var code = programme.RequiredString("code", 64).Trim();
        var kinds = programme.Has("kinds")
            ? programme.OptionalArray("kinds", k =>
            {
                var kind = k.RequiredString("kind", 32).Trim();
                if (!SiteRules.IsKind(kind))
                {
                    throw k.Error("kind", $"'{kind}' is not a kind name: lower-case letters, digits and hyphens");
                }

                var count = k.OptionalInt("count") ?? 0;
                return count < 0 ? throw k.Error("count", "must not be negative") : new ProgrammeKind(kind, k.RequiredString("title", 50).Trim(), count);
            })
            : null;
        return new ProgrammeDefinition(
            programme.Path, code,
            programme.OptionalString("title", 200)?.Trim(),
            programme.OptionalString("summary", 2000)?.Trim(),
            programme.OptionalString("body", 20_000),
            kinds,
            programme.OptionalBool("illustrative"),
            programme.OptionalArray("sites", ReadSite));
    }

    private static SiteDefinition ReadSite(RecipeObject site)
    {
        var slug = site.RequiredString("slug").Trim();
        if (SiteRules.SiteSlugProblem(slug) is not null)
        {
            throw site.Error("slug", $"'{slug}' is not a site address: lower-case letters, digits and single hyphens, at most {SiteRules.MaxSiteSlug} characters, not '{SiteRules.SearchSlug}' or '{SiteRules.NewSlug}'");
        }

        var state = State(site);
        var kind = site.RequiredString("kind").Trim();
        if (!SiteRules.IsKind(kind))
        {
            throw site.Error("kind", $"'{kind}' is not a kind name: lower-case letters, digits and hyphens");
        }

        var theme = site.OptionalString("theme")?.Trim();
        var fields = new SiteFields
        {
            Title = site.RequiredString("title").Trim(),
            Kind = kind,
            UnitCode = site.RequiredString("unit").Trim(),
            Theme = theme ?? "",
            Summary = site.OptionalString("summary")?.Trim() ?? "",
            CoverUrl = site.OptionalString("cover")?.Trim() ?? "",
            Contact = site.OptionalString("contact")?.Trim() ?? "",
            FeaturedBrands = site.OptionalStrings("featuredBrands").Select(b => b.Trim()).ToList(),
        };
        var illustrative = site.OptionalBool("illustrative") ?? false;
        var editors = site.OptionalStrings("editors").Select(e => e.Trim()).ToList();
        var pages = site.OptionalArray("pages", p => ReadPage(p, state ?? true, illustrative)).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            if (pages[i].Content.NavOrder < 0)
            {
                pages[i] = pages[i] with { Content = pages[i].Content with { NavOrder = (i + 1) * 10 } };
            }
        }

        Unique(pages.Select(p => (p.Path, p.Slug)), "slug");
        return new SiteDefinition(site.Path, slug, fields, theme is not null, editors, state ?? true, illustrative, pages);
    }

    private static PageDefinition ReadPage(RecipeObject page, bool siteState, bool siteIllustrative)
    {
        var slug = page.RequiredString("slug").Trim();
        if (SiteRules.PageSlugProblem(slug) is not null)
        {
            throw page.Error("slug", $"'{slug}' is not a page address: lower-case letters, digits and single hyphens, at most {SiteRules.MaxPageSlug} characters");
        }

        var content = new SitePageContent
        {
            Title = page.RequiredString("title").Trim(),
            Body = page.OptionalString("body") ?? "",
            NavOrder = page.OptionalInt("order") ?? -1,
            IsIllustrative = page.OptionalBool("illustrative") ?? siteIllustrative,
        };
        return new PageDefinition(page.Path, slug, content, State(page) ?? siteState);
    }

    /// <returns>true for published, false for draft, null when not given.</returns>
    private static bool? State(RecipeObject item) => item.OptionalString("state") switch
    {
        null => null,
        "published" => true,
        "draft" => false,
        var other => throw item.Error("state", $"'{other}' is not a state a recipe can set: use published or draft"),
    };

    private static void Unique(IEnumerable<(string Path, string Key)> items, string property)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, key) in items)
        {
            if (!seen.Add(key))
            {
                throw new RecipeException($"{path}.{property}", $"'{key}' appears twice in this step");
            }
        }
    }

    private RecipeException Refused(string path, ContentError error)
    {
        // Recipe messages are for the person at the command line: English, like the rest of its output.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var message = text[error.Key, error.Arguments];
            var described = message.ResourceNotFound ? shared[error.Key, error.Arguments].Value : message.Value;
            return new RecipeException(error.Field.Length == 0 ? path : $"{path}.{JsonName(error.Field)}", described);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string JsonName(string field) => field switch
    {
        nameof(SiteFields.UnitCode) => "unit",
        nameof(SiteFields.CoverUrl) => "cover",
        nameof(SitePageContent.NavOrder) => "order",
        _ => char.ToLowerInvariant(field[0]) + field[1..],
    };
}
