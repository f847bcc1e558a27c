using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Themes;

namespace Showcase.Core.Themes;

/// <summary>
/// <see cref="IThemeDirectory"/> over the catalog of installed themes, each named in the request's language from
/// the resources its manifest names (the manifest's own name without them).
/// </summary>
internal sealed class ThemeDirectory(ThemeCatalog catalog, IStringLocalizerFactory localizers) : IThemeDirectory
{
    public IReadOnlyList<ThemeInfo> PublicThemes =>
        catalog.Public.Select(t =>
        {
            var name = t.Theme?.Name ?? t.Id;
            var description = t.Theme?.Description ?? "";
            if (t.Resources is not null)
            {
                var manifest = localizers.Create(t.Resources);
                var localName = manifest["Manifest.Name"];
                var localDescription = manifest["Manifest.Description"];
                name = localName.ResourceNotFound ? name : localName.Value;
                description = localDescription.ResourceNotFound ? description : localDescription.Value;
            }

            return new ThemeInfo(t.Id, name, description);
        }).ToList();

    public bool IsPublic(string? themeId) => catalog.IsPublic(themeId);
}
