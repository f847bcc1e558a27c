namespace Showcase.Core.Themes;

/// <summary>Which requests use the admin theme. Modules add their own prefixes with <c>services.Configure&lt;ThemeOptions&gt;</c>.</summary>
public sealed class ThemeOptions
{
    /// <summary>Path prefixes (whole segments) of admin, account and judging screens.</summary>
    public List<string> AdminPathPrefixes { get; } = ["/admin", "/account", "/judging"];
}
