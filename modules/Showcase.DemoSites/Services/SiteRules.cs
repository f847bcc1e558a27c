using System.Text.RegularExpressions;
using Showcase.Abstractions.Content;
using Showcase.DemoSites.Models;

namespace Showcase.DemoSites.Services;

/// <summary>What a demo site's fields and its pages must meet, checked before anything is stored. Plain C#: testable without a host.</summary>
public static partial class SiteRules
{
    public const int MaxSiteSlug = 40;
    public const int MaxPageSlug = 23;
    public const int MaxTitle = 100;
    public const int MaxSummary = 500;
    public const int MaxContact = 200;
    public const int MaxCoverUrl = 500;
    public const int MaxFeatured = 12;
    public const int MaxPageTitle = 60;
    public const int MaxPageBody = 20_000;
    public const int MaxPages = 30;

    /// <summary>Not a site's slug: <c>/sites/search</c> is the search page.</summary>
    public const string SearchSlug = "search";

    /// <summary>Not a site's or a page's slug: <c>/admin/sites/new</c> and <c>…/pages/new</c> make new ones.</summary>
    public const string NewSlug = "new";

    /// <summary>Lower-case letters, digits and single hyphens inside: safe in an address as it is, no underscore (see <see cref="SitePageCode"/>).</summary>
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KindPattern();

    /// <summary>The problem with <paramref name="slug"/> as a site's slug, or null when it is fine. Taken slugs are the store's to say.</summary>
    public static string? SiteSlugProblem(string slug) =>
        string.IsNullOrWhiteSpace(slug) ? "Error.Required"
        : slug.Length > MaxSiteSlug || !SlugPattern().IsMatch(slug) ? "Error.Slug"
        : slug is SearchSlug or NewSlug ? "Error.SlugReserved"
        : null;

    public static string? PageSlugProblem(string slug) =>
        string.IsNullOrWhiteSpace(slug) ? "Error.Required"
        : slug.Length > MaxPageSlug || !SlugPattern().IsMatch(slug) ? "Error.Slug"
        : slug == NewSlug ? "Error.SlugReserved"
        : null;

    public static bool IsKind(string kind) => kind.Length is > 0 and <= 32 && KindPattern().IsMatch(kind);

    /// <summary>A cover must be a picture on this host: a path from the root, not another site's address or a script.</summary>
    public static bool IsLocalPicture(string url) =>
        url.Length == 0 || (url.Length <= MaxCoverUrl && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.Contains('\\', StringComparison.Ordinal) && Uri.IsWellFormedUriString(url, UriKind.Relative));

    /// <summary>The site's own fields (slug, programme and template are checked where they are chosen).</summary>
    /// <param name="unitExists">Whether the organisation unit exists.</param>
    /// <param name="themeIsPublic">Whether the theme is an installed public theme.</param>
    /// <param name="brandIsPublished">Whether a brand with the code is published.</param>
    public static IReadOnlyList<ContentError> Validate(SiteFields site, Func<string, bool> unitExists, Func<string, bool> themeIsPublic, Func<string, bool> brandIsPublished)
    {
        var errors = new List<ContentError>();
        Text(errors, nameof(site.Title), site.Title, MaxTitle, required: true);
        Text(errors, nameof(site.Summary), site.Summary, MaxSummary, required: false);
        Text(errors, nameof(site.Contact), site.Contact, MaxContact, required: false);
        if (string.IsNullOrWhiteSpace(site.UnitCode))
        {
            errors.Add(new(nameof(site.UnitCode), "Error.Required"));
        }
        else if (!unitExists(site.UnitCode))
        {
            errors.Add(new(nameof(site.UnitCode), "Error.UnknownUnit", site.UnitCode));
        }

        if (!themeIsPublic(site.Theme))
        {
            errors.Add(new(nameof(site.Theme), "Error.UnknownTheme", site.Theme));
        }

        if (!IsLocalPicture(site.CoverUrl))
        {
            errors.Add(new(nameof(site.CoverUrl), "Error.CoverUrl"));
        }

        if (site.FeaturedBrands.Count > MaxFeatured)
        {
            errors.Add(new(nameof(site.FeaturedBrands), "Error.TooMany", MaxFeatured));
        }
        else if (site.FeaturedBrands.FirstOrDefault(b => !brandIsPublished(b)) is { } brand)
        {
            errors.Add(new(nameof(site.FeaturedBrands), "Error.UnpublishedBrand", brand));
        }

        return errors;
    }

    public static IReadOnlyList<ContentError> Validate(SitePageContent page)
    {
        var errors = new List<ContentError>();
        Text(errors, nameof(page.Title), page.Title, MaxPageTitle, required: true);
        Text(errors, nameof(page.Body), page.Body, MaxPageBody, required: false);
        if (page.NavOrder is < 0 or > 1000)
        {
            errors.Add(new(nameof(page.NavOrder), "Error.NavOrder", 0, 1000));
        }

        return errors;
    }

    private static void Text(List<ContentError> errors, string field, string value, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "Error.Required"));
        }
        else if (value.Length > max)
        {
            errors.Add(new(field, "Error.TooLong", max));
        }
    }
}
