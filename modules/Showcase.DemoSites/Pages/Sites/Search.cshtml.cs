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
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<SitePageFound> Found { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Query = Query.Length > 100 ? Query[..100] : Query;
            Found = await search.SearchAsync(Query, cancellationToken);
        }
    }
}
