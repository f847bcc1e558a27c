namespace Showcase.Abstractions.Themes;

/// <summary>Declares the assembly to be a Showcase theme. Placed in the theme's <c>Manifest.cs</c>.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ThemeAttribute(string id) : Attribute
{
    public string Id { get; } = id;
    public string Name { get; init; } = id;
    public string Description { get; init; } = "";
    /// <summary>
    /// The resource class (e.g. <c>typeof(BrandsText)</c>) holding <c>Manifest.Name</c> and <c>Manifest.Description</c>
    /// in every language: the admin shows those, and <see cref="Name"/> and <see cref="Description"/> only without it.
    /// </summary>
    public Type? Resources { get; init; }
    /// <summary>The theme's <see cref="Modules.ModuleStartup"/>, if it has services or endpoints of its own.</summary>
    public Type? Startup { get; init; }
    /// <summary>The theme whose views are looked up after this one's.</summary>
    public string? BaseTheme { get; init; }
    /// <summary>True for the theme of admin and judging screens.</summary>
    public bool IsAdmin { get; init; }
}
