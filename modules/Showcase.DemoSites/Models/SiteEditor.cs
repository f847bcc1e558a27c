namespace Showcase.DemoSites.Models;

/// <summary>A user who may write the pages of one demo site (and only of the sites they are named for).</summary>
public sealed class SiteEditor
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>The user's name, as the core's identity knows it.</summary>
    public string UserName { get; set; } = "";
}
