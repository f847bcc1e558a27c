using Microsoft.AspNetCore.Http;

namespace Showcase.Abstractions.Themes;

/// <summary>
/// Lets a module choose the theme for its own routes (a demo site picks its theme, for example).
/// Selectors are asked in descending <see cref="Priority"/>; the first non-null answer wins.
/// </summary>
public interface IThemeSelector
{
    int Priority { get; }

    ValueTask<string?> SelectThemeAsync(HttpContext context);
}
