using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Brands;

/// <summary><c>/brands/search?q=</c>: Chinese full-text search over published brands.</summary>
[OutputCache(PolicyName = BrandOutputCache.PolicyName)]
public sealed class SearchModel(BrandCatalog catalog) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public BrandListPage? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Query = Query.Trim();
            if (Query.Length > 100)
            {
                Query = Query[..100];
            }

            Result = await catalog.SearchAsync(Query, PageNumber, cancellationToken);
        }
    }

    public string PageUrl(int page) => $"/brands/search?q={Uri.EscapeDataString(Query ?? "")}" + (page > 1 ? $"&page={page}" : "");
}
