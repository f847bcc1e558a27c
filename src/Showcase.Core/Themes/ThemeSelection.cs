using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Themes;
using Showcase.Core.Settings;
using Showcase.Abstractions.Settings;

namespace Showcase.Core.Themes;

/// <summary>
/// Chooses the theme of a request: the admin theme for admin, account and judging paths; otherwise
/// the first <see cref="IThemeSelector"/> (highest priority first) that names an installed theme;
/// otherwise the site's default public theme from the settings.
/// </summary>
public sealed class ThemeSelection(
    ThemeCatalog themes,
    IEnumerable<IThemeSelector> selectors,
    SiteSettingsStore settings,
    IOptions<ThemeOptions> options)
{
    private readonly IThemeSelector[] _selectors = selectors.OrderByDescending(s => s.Priority).ToArray();

    public async Task<ActiveTheme?> SelectAsync(HttpContext context)
    {
        // An error page shown in place of another page (status code pages) takes that page's theme,
        // so the choice is made, selectors included, on the address that was asked for.
        var request = context.Request;
        var asked = context.Features.Get<IStatusCodeReExecuteFeature>();
        var (path, pathBase) = (request.Path, request.PathBase);
        if (asked is not null)
        {
            (request.Path, request.PathBase) = (asked.OriginalPath, asked.OriginalPathBase);
        }

        try
        {
            var theme = await ChooseAsync(context);
            return theme is null ? null : themes.Activate(theme);
        }
        finally
        {
            (request.Path, request.PathBase) = (path, pathBase);
        }
    }

    private async Task<ModuleDescriptor?> ChooseAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (themes.Admin is not null && IsAdminPath(path))
        {
            return themes.Admin;
        }

        foreach (var selector in _selectors)
        {
            if (themes.Find(await selector.SelectThemeAsync(context)) is { } chosen)
            {
                return chosen;
            }
        }

        var site = await settings.GetAsync(context.RequestAborted);
        return themes.Find(site.DefaultTheme) is { Theme.IsAdmin: false } configured
            ? configured
            : themes.Public.Count > 0 ? themes.Public[0] : null;
    }

    private bool IsAdminPath(string path) =>
        options.Value.AdminPathPrefixes.Any(prefix =>
            path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && (path.Length == prefix.Length || path[prefix.Length] == '/'));
}
