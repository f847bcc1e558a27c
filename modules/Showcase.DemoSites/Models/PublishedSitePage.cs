namespace Showcase.DemoSites.Models;

/// <summary>The public copy of a page: one approved version, its Markdown already rendered and sanitised.</summary>
public sealed class PublishedSitePage
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string SiteSlug { get; set; } = "";

    public string PageSlug { get; set; } = "";

    public SitePageContent Content { get; set; } = new();

    public string BodyHtml { get; set; } = "";

    public int VersionNumber { get; set; }

    public DateTimeOffset PublishedUtc { get; set; }
}
