using Showcase.Abstractions.Content;

namespace Showcase.DemoSites.Models;

/// <summary>
/// The working copy of one page of a demo site, on the shared editorial workflow. Its content code is
/// <c>{siteSlug}_{pageSlug}</c> (<see cref="SitePageCode"/>): slugs have no underscore, so the two parts come back apart.
/// </summary>
public sealed class SitePage : ContentItem<SitePageContent>
{
    public const string TypeName = "SitePage";

    public override string ContentType => TypeName;

    public string SiteSlug { get; set; } = "";

    public string PageSlug { get; set; } = "";
}
