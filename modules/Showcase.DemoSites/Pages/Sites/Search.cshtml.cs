using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Showcase.DemoSites.Search;
using Showcase.DemoSites.Services;

namespace Showcase.DemoSites.Pages.Sites;

/// <summary><c>/sites/search?q=</c>: the demo sites' published pages found by Chinese (or any) words.</summary>
[OutputCache(PolicyName = DemoSiteOutputCache.PolicyName)]
public sealed class SearchModel(SitePageSearch search) : PageModel
{
    /// <summary>The search box takes this many characters; a longer query (typed into the address) is cut and told so.</summary>
    public const int MaxQueryLength = 100;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<SitePageFound> Found { get; private set; } = [];

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

            Found = await search.SearchAsync(Query, cancellationToken);
        }
    }
}
