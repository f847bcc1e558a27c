namespace Showcase.Abstractions.Settings;

/// <summary>The site's settings, one row, edited on the admin settings page.</summary>
public sealed class SiteSettings
{
    public int Id { get; set; } = 1;

    public string SiteName { get; set; } = "池州社区党建品牌展示平台";

    public string DefaultTheme { get; set; } = "Showcase.Themes.Red";

    public string ContactLine { get; set; } = "";
}
