using Showcase.Abstractions.Themes;

namespace Showcase.Core.Themes;

/// <summary><see cref="IThemeDirectory"/> over the catalog of installed themes.</summary>
internal sealed class ThemeDirectory(ThemeCatalog catalog) : IThemeDirectory
{
    public IReadOnlyList<ThemeInfo> PublicThemes { get; } =
        catalog.Public.Select(t => new ThemeInfo(t.Id, t.Theme?.Name ?? t.Id, t.Theme?.Description ?? "")).ToList();

    public bool IsPublic(string? themeId) => catalog.IsPublic(themeId);
}
