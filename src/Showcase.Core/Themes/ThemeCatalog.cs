using Showcase.Abstractions.Modules;

namespace Showcase.Core.Themes;

/// <summary>The installed themes (from the module catalog's <c>[assembly: Theme]</c> manifests).</summary>
public sealed class ThemeCatalog
{
    private readonly Dictionary<string, ModuleDescriptor> _byId;
    private readonly Dictionary<string, ActiveTheme> _active;

    public ThemeCatalog(ModuleCatalog modules)
    {
        All = modules.Themes.ToList();
        _byId = All.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Admin = All.FirstOrDefault(t => t.Theme!.IsAdmin);
        Public = All.Where(t => !t.Theme!.IsAdmin).ToList();
        _active = All.ToDictionary(t => t.Id, t => new ActiveTheme(t, Chain(t)), StringComparer.Ordinal);
    }

    /// <summary>The request feature for <paramref name="theme"/>: made once per theme, shared by every request (it is immutable).</summary>
    public ActiveTheme Activate(ModuleDescriptor theme) =>
        _active.TryGetValue(theme.Id, out var active) && active.Theme == theme ? active : new ActiveTheme(theme, Chain(theme));

    public IReadOnlyList<ModuleDescriptor> All { get; }

    /// <summary>The theme of admin, account and judging screens; null when none is installed.</summary>
    public ModuleDescriptor? Admin { get; }

    /// <summary>The themes a site or a demo site may choose.</summary>
    public IReadOnlyList<ModuleDescriptor> Public { get; }

    public ModuleDescriptor? Find(string? id) => id is not null && _byId.TryGetValue(id, out var theme) ? theme : null;

    public bool IsPublic(string? id) => Find(id) is { Theme.IsAdmin: false };

    /// <summary>The theme and its base themes, nearest first: the order in which views are looked up.</summary>
    public IReadOnlyList<ModuleDescriptor> Chain(ModuleDescriptor theme)
    {
        var chain = new List<ModuleDescriptor>();
        for (var current = theme; current is not null && !chain.Contains(current); current = Find(current.Theme?.BaseTheme))
        {
            chain.Add(current);
        }

        return chain;
    }

    /// <summary>The folder under which a theme's views are found: <c>/Themes/{id}</c>.</summary>
    public static string ViewRoot(string themeId) => "/Themes/" + themeId;
}
