using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Brands;

/// <summary><c>/brands</c>: published brands, filtered by district and tag, a page at a time.</summary>
[OutputCache(PolicyName = BrandOutputCache.PolicyName)]
public sealed class IndexModel(BrandCatalog catalog, ICommunityDirectory directory) : PageModel
{
    [FromQuery(Name = "district")]
    public string? District { get; set; }

    [FromQuery(Name = "tag")]
    public string? Tag { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public BrandListPage Result { get; private set; } = new([], 0, 1, 1);

    public IReadOnlyList<DistrictInfo> Districts { get; private set; } = [];

    public IReadOnlyList<(string Tag, int Count)> Tags { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Districts = (await directory.GetAsync(cancellationToken)).Districts;
        // The tag chips follow the chosen district: its tags, with its counts.
        Tags = await catalog.TagsAsync(20, Empty(District), cancellationToken);
        Result = await catalog.ListAsync(new BrandListQuery(Empty(District), Empty(Tag), PageNumber), cancellationToken);
    }

    public string PageUrl(int page) => ListUrl(District, Tag, page);

    public string ListUrl(string? district, string? tag, int page = 1)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(district))
        {
            query.Add("district=" + Uri.EscapeDataString(district));
        }

        if (!string.IsNullOrEmpty(tag))
        {
            query.Add("tag=" + Uri.EscapeDataString(tag));
        }

        if (page > 1)
        {
            query.Add("page=" + page);
        }

        return query.Count == 0 ? "/brands" : "/brands?" + string.Join('&', query);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
