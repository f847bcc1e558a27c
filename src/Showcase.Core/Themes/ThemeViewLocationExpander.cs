using Microsoft.AspNetCore.Mvc.Razor;

namespace Showcase.Core.Themes;

/// <summary>
/// View lookup order: the active theme, its base themes, then the module's own locations. A theme
/// overrides a module view or partial, or the layout, by shipping a file at the same path.
/// </summary>
internal sealed class ThemeViewLocationExpander : IViewLocationExpander
{
    private const string Key = "theme";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        // The value is part of the view engine's cache key, so each theme gets its own lookups.
        var theme = context.ActionContext.HttpContext.Features.Get<ActiveTheme>();
        context.Values[Key] = theme is null ? "" : theme.ViewKey;
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (!context.Values.TryGetValue(Key, out var chain) || string.IsNullOrEmpty(chain))
        {
            return viewLocations;
        }

        var locations = viewLocations.ToList();
        var themed = new List<string>();
        foreach (var themeId in chain.Split('>'))
        {
            var root = ThemeCatalog.ViewRoot(themeId);
            themed.AddRange(locations.Select(l => root + (l.StartsWith('~') ? l[1..] : l)));
        }

        themed.AddRange(locations);
        return themed;
    }
}
