using System.Reflection;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Themes;

namespace Showcase.Abstractions.Modules;

/// <summary>A module or theme found by its manifest, with its startup class if it has one.</summary>
public sealed record ModuleDescriptor(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<string> Dependencies,
    Assembly Assembly,
    Type? StartupType,
    ThemeAttribute? Theme,
    Type? Resources = null)
{
    public bool IsTheme => Theme is not null;

    /// <summary>The module or theme <paramref name="assembly"/> declares in its manifest, or null: it is neither.</summary>
    public static ModuleDescriptor? FromAssembly(Assembly assembly)
    {
        if (assembly.GetCustomAttribute<ModuleAttribute>() is { } module)
        {
            return new ModuleDescriptor(module.Id, module.Name, module.Description, module.Dependencies, assembly, Checked(module.Startup, module.Id), null, module.Resources);
        }

        if (assembly.GetCustomAttribute<ThemeAttribute>() is { } theme)
        {
            string[] deps = theme.BaseTheme is null ? [] : [theme.BaseTheme];
            return new ModuleDescriptor(theme.Id, theme.Name, theme.Description, deps, assembly, Checked(theme.Startup, theme.Id), theme, theme.Resources);
        }

        return null;
    }

    private static Type? Checked(Type? startup, string id) =>
        startup is null || (startup is { IsAbstract: false, IsClass: true } && typeof(ModuleStartup).IsAssignableFrom(startup))
            ? startup
            : throw new ModuleCatalogException($"The manifest of '{id}' names {startup.FullName} as its startup, which is not a concrete {nameof(ModuleStartup)}.");
}
