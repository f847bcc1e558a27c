using Microsoft.AspNetCore.Http;
using Showcase.Abstractions.Modules;

namespace Showcase.Core.Themes;

/// <summary>The theme chosen for the current request (an <see cref="HttpContext"/> feature).</summary>
/// <param name="Chain">The theme followed by its base themes.</param>
public sealed record ActiveTheme(ModuleDescriptor Theme, IReadOnlyList<ModuleDescriptor> Chain)
{
    public string Id => Theme.Id;

    public bool IsAdmin => Theme.Theme?.IsAdmin == true;

    /// <summary>The chain's ids joined by <c>&gt;</c>: the view engine's cache key for this theme's lookups, made once.</summary>
    public string ViewKey { get; } = string.Join(">", Chain.Select(t => t.Id));
}

public static class ActiveThemeHttpContextExtensions
{
    /// <summary>The request's theme, or null before it was chosen (or when no theme is installed).</summary>
    public static ActiveTheme? GetActiveTheme(this HttpContext context) => context.Features.Get<ActiveTheme>();
}
