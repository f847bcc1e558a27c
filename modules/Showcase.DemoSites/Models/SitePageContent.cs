namespace Showcase.DemoSites.Models;

/// <summary>
/// Every field an editor writes for a demo-site page, declared once: the working copy (<see cref="SitePage"/>),
/// the public copy (<see cref="PublishedSitePage"/>), each version's snapshot, the form and the recipe carry it.
/// </summary>
public sealed record SitePageContent
{
    public string Title { get; init; } = "";

    /// <summary>Markdown written by the editor; rendered and sanitised when shown.</summary>
    public string Body { get; init; } = "";

    /// <summary>Place in the site's navigation, smallest first.</summary>
    public int NavOrder { get; init; }

    /// <summary>Demo text written to illustrate the site, not a pilot's real account.</summary>
    public bool IsIllustrative { get; init; }

    public SitePageContent Trimmed() => this with { Title = Title.Trim(), Body = Body.Replace("\r\n", "\n", StringComparison.Ordinal) };
}
