using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Brands;

/// <summary><c>/brands/{code}</c>: one published brand. A draft, or an unknown code, is 404.</summary>
[OutputCache(PolicyName = BrandOutputCache.PolicyName)]
public sealed class DetailsModel(BrandCatalog catalog, ICommunityDirectory directory) : PageModel
{
    public PublishedBrand Brand { get; private set; } = new();

    public CommunityPlace? Place { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(code, cancellationToken) is not { } brand)
        {
            return NotFound();
        }

        Brand = brand;
        Place = (await directory.GetAsync(cancellationToken)).Community(brand.Content.CommunityCode);
        return Page();
    }
}
