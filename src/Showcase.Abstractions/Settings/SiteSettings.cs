namespace Showcase.Abstractions.Settings;

/// <summary>The site's settings, one row, edited on the admin settings page.</summary>
public sealed class SiteSettings
{
    public int Id { get; set; } = 1;

    public string SiteName { get; set; } = "池州社区党建品牌展示平台";

    public string DefaultTheme { get; set; } = "Showcase.Themes.Red";

    /// <summary>The contact shown in the footer: an office, a telephone number, an address.</summary>
    public string ContactLine { get; set; } = "";

    /// <summary>主办单位: the organisation that runs the site, shown in the footer.</summary>
    public string Organiser { get; set; } = "中共池州市委组织部";

    /// <summary>The ICP record number (ICP备案号) shown in the footer, linked to the record office; empty for none.</summary>
    public string IcpNumber { get; set; } = "";
}
