using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Themes;

namespace Showcase.DemoSites.Services;

/// <summary>
/// Inside a demo site (<c>/sites/{slug}</c> and its pages) the site's own theme; elsewhere no opinion. A draft
/// site has none either: its 404 is shown in the site's default theme.
/// </summary>
internal sealed class SiteThemeSelector : IThemeSelector
{
    public int Priority => 100;

    public async ValueTask<string?> SelectThemeAsync(HttpContext context)
    {
        return SiteSlug(context.Request.Path) is { } slug
            && await context.RequestServices.GetRequiredService<DemoSiteCatalog>().SiteAsync(slug, context.RequestAborted) is { } site
            ? site.Theme
            : null;
    }

    /// <summary>The site's slug in <c>/sites/{slug}</c> or <c>/sites/{slug}/{page}</c>, or null.</summary>
    public static string? SiteSlug(PathString path)
    {
        if (!path.StartsWithSegments("/sites", StringComparison.OrdinalIgnoreCase, out var rest) || !rest.HasValue)
        {
            return null;
        }

        var segments = rest.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length is 1 or 2 && segments[0] != SiteRules.SearchSlug ? segments[0] : null;
    }
}
