using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Brands;

/// <summary><c>/brands/search?q=</c>: Chinese full-text search over published brands.</summary>
[OutputCache(PolicyName = BrandOutputCache.PolicyName)]
public sealed class SearchModel(BrandCatalog catalog) : PageModel
{
    /// <summary>The search box takes this many characters; a longer query (typed into the address) is cut and told so.</summary>
    public const int MaxQueryLength = 100;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public BrandListPage? Result { get; private set; }

    /// <summary>True when the query was longer than <see cref="MaxQueryLength"/> and only its start was searched.</summary>
    public bool Shortened { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Query = Query.Trim();
            if (Query.Length > MaxQueryLength)
            {
                Query = Query[..MaxQueryLength];
                Shortened = true;
            }

            Result = await catalog.SearchAsync(Query, PageNumber, cancellationToken);
        }
    }

    public string PageUrl(int page) => $"/brands/search?q={Uri.EscapeDataString(Query ?? "")}" + (page > 1 ? $"&page={page}" : "");
}
