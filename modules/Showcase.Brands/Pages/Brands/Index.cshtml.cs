using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Brands;

/// <summary><c>/brands</c>: published brands, filtered by district and tag, a page at a time.</summary>
[OutputCache(PolicyName = BrandOutputCache.PolicyName)]
public sealed class IndexModel(BrandCatalog catalog, ICommunityDirectory directory) : PageModel
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> EscapedValues = new(StringComparer.Ordinal);

    public string? District { get; private set; }

    public string? Tag { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public BrandListPage Result { get; private set; } = new([], 0, 1, 1);

    public IReadOnlyList<DistrictInfo> Districts { get; private set; } = [];

    public IReadOnlyList<(string Tag, int Count)> Tags { get; private set; } = [];

    /// <summary>
    /// Reads <c>district</c>, <c>tag</c> and <c>page</c> from the query itself: the busiest public page skips model binding
    /// (its value providers and binders cost a rendered request more than the brand query). A page that is not a
    /// positive number is the first page, as binding left it.
    /// </summary>
    public async Task OnGetAsync()
    {
        var query = Request.Query;
        District = query["district"].FirstOrDefault();
        Tag = query["tag"].FirstOrDefault();
        PageNumber = int.TryParse(query["page"].FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
        var cancellationToken = HttpContext.RequestAborted;
        Districts = (await directory.GetAsync(cancellationToken)).Districts;
        // The tag chips follow the chosen district: its tags, with its counts.
        Tags = await catalog.TagsAsync(20, Empty(District), cancellationToken);
        Result = await catalog.ListAsync(new BrandListQuery(Empty(District), Empty(Tag), PageNumber), cancellationToken);
    }

    public string PageUrl(int page) => ListUrl(District, Tag, page);

    public string ListUrl(string? district, string? tag, int page = 1)
    {
        var url = "/brands";
        var separator = '?';
        if (!string.IsNullOrEmpty(district))
        {
            url = string.Concat(url, "?district=", Escape(district));
            separator = '&';
        }

        if (!string.IsNullOrEmpty(tag))
        {
            url = string.Concat(url, separator.ToString(), "tag=", Escape(tag));
            separator = '&';
        }

        return page > 1 ? string.Concat(url, separator.ToString(), "page=", page.ToString(System.Globalization.CultureInfo.InvariantCulture)) : url;
    }

    /// <summary>
    /// District codes and tags escaped once per process: a rendered list writes a link for every district and tag chip.
    /// Bounded, since a visitor's own query values pass through here too.
    /// </summary>
    private static string Escape(string value)
    {
        if (EscapedValues.TryGetValue(value, out var escaped))
        {
            return escaped;
        }

        escaped = Uri.EscapeDataString(value);
        if (EscapedValues.Count < 4096)
        {
            EscapedValues.TryAdd(value, escaped);
        }

        return escaped;
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
