using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;

namespace Showcase.Core.Themes;

/// <summary>
/// Moves every compiled view of a theme (not its Razor Pages) under <c>/Themes/{themeId}</c>, so
/// that two themes may both ship <c>Views/Shared/_Layout.cshtml</c>, and a theme may ship a file at the
/// same path as a module's view. <see cref="ThemeViewLocationExpander"/> then looks there first.
/// Razor Pages keep their path: their path is their route.
/// </summary>
internal sealed class ThemeViewsFeatureProvider(IReadOnlyDictionary<System.Reflection.Assembly, string> themeAssemblies)
    : IApplicationFeatureProvider<ViewsFeature>
{
    private const string RazorPageKind = "mvc.1.0.razor-page";

    public void PopulateFeature(IEnumerable<ApplicationPart> parts, ViewsFeature feature)
    {
        foreach (var view in feature.ViewDescriptors)
        {
            var assembly = view.Type?.Assembly;
            if (assembly is null || view.Item?.Kind == RazorPageKind || !themeAssemblies.TryGetValue(assembly, out var themeId))
            {
                continue;
            }

            var root = ThemeCatalog.ViewRoot(themeId);
            if (!view.RelativePath.StartsWith(root + "/", StringComparison.Ordinal))
            {
                view.RelativePath = root + view.RelativePath;
            }
        }
    }
}
