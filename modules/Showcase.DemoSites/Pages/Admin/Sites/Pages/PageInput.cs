using Showcase.DemoSites.Models;

namespace Showcase.DemoSites.Pages.Admin.Sites.Pages;

/// <summary>The page form's fields, as posted.</summary>
public sealed class PageInput
{
    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public int NavOrder { get; set; }

    public SitePageContent ToContent(SitePageContent? existing) =>
        (existing ?? new SitePageContent()) with { Title = Title ?? "", Body = Body ?? "", NavOrder = NavOrder };

    public static PageInput From(SitePage page) =>
        new() { Slug = page.PageSlug, Title = page.Content.Title, Body = page.Content.Body, NavOrder = page.Content.NavOrder };
}
