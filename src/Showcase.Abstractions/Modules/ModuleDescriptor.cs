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

    public static ModuleDescriptor? FromAssembly(Assembly assembly)
    {
        var startup = assembly.GetTypes().FirstOrDefault(t => t is { IsAbstract: false, IsClass: true } && typeof(ModuleStartup).IsAssignableFrom(t));
        if (assembly.GetCustomAttribute<ModuleAttribute>() is { } module)
        {
            return new ModuleDescriptor(module.Id, module.Name, module.Description, module.Dependencies, assembly, startup, null, module.Resources);
        }

        if (assembly.GetCustomAttribute<ThemeAttribute>() is { } theme)
        {
            string[] deps = theme.BaseTheme is null ? [] : [theme.BaseTheme];
            return new ModuleDescriptor(theme.Id, theme.Name, theme.Description, deps, assembly, startup, theme, theme.Resources);
        }

        return null;
    }
}
