using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Showcase.Brands.Services;
using Showcase.DemoSites.Models;
using Showcase.DemoSites.Services;

namespace Showcase.DemoSites.Pages.Sites;

/// <summary>
/// <c>/sites/{slug}</c> (the site's home) and <c>/sites/{slug}/{page}</c>, in the site's own theme (chosen by
/// <see cref="SiteThemeSelector"/>) with its own navigation. A draft site, a page not published, or an unknown
/// address is 404.
/// </summary>
[OutputCache(PolicyName = DemoSiteOutputCache.PolicyName)]
public sealed class SiteModel(DemoSiteCatalog catalog) : PageModel
{
    public SiteView Site { get; private set; } = null!;

    /// <summary>The page shown, or null on the site's home.</summary>
    public PublishedSitePage? SitePage { get; private set; }

    public IReadOnlyList<BrandCard> Brands { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, string? pageSlug, CancellationToken cancellationToken)
    {
        if (await catalog.SiteAsync(slug, cancellationToken) is not { } site)
        {
            return NotFound();
        }

        Site = site;
        if (pageSlug is not null)
        {
            SitePage = await catalog.PageAsync(slug, pageSlug, cancellationToken);
            if (SitePage is null)
            {
                return NotFound();
            }
        }
        else
        {
            Brands = await catalog.FeaturedBrandsAsync(site, cancellationToken);
        }

        ViewData["DemoSite"] = site;
        ViewData["DemoSitePage"] = pageSlug ?? "";
        return Page();
    }
}
