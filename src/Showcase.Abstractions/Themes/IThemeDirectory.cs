namespace Showcase.Abstractions.Themes;

/// <summary>An installed theme as modules see it.</summary>
public sealed record ThemeInfo(string Id, string Name, string Description);

/// <summary>
/// The installed public themes (every <c>[assembly: Theme]</c> that is not the admin theme), for a module that
/// lets its users choose one (a demo site's theme). A theme added under <c>themes/</c> appears here by itself.
/// </summary>
public interface IThemeDirectory
{
    /// <summary>The public themes, in the host's order.</summary>
    IReadOnlyList<ThemeInfo> PublicThemes { get; }

    bool IsPublic(string? themeId);
}
