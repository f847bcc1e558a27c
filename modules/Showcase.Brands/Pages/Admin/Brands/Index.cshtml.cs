using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Brands.Data;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary>
/// <c>/admin/brands</c>: the working copies, searched by code or title and filtered by district, state and year,
/// a page at a time. Editors see their own community's.
/// </summary>
[Authorize(Policy = nameof(Permissions.ViewBrandDrafts))]
public sealed class IndexModel(BrandsDbContext db, ICommunityDirectory directory) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public const int PageSize = 25;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "district")]
    public string? District { get; set; }

    [FromQuery(Name = "state")]
    public ContentState? State { get; set; }

    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<BrandRow> Brands { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public OrganizationView Organization { get; private set; } = new(new Dictionary<string, CommunityPlace>(), []);

    public IReadOnlyList<int> Years { get; private set; } = [];

    public bool CanCreate { get; private set; }

    /// <summary>Whether any filter or search narrows the list (an empty list then says to widen it, not to create).</summary>
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query) || !string.IsNullOrEmpty(District) || State is not null || Year is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanCreate = BrandAccessHandler.MayCreate(User);
        Organization = await directory.GetAsync(cancellationToken);
        var brands = db.Brands.AsNoTracking();
        if (BrandAccessHandler.ListedCommunity(User) is { } community)
        {
            brands = brands.Where(b => b.Content.CommunityCode == community);
        }

        Years = await FoundingYears(brands).ToListAsync(cancellationToken);
        if (Query?.Trim() is { Length: > 0 } text)
        {
            brands = brands.Where(b => b.Code.Contains(text) || b.Content.Title.Contains(text));
        }

        if (!string.IsNullOrEmpty(District))
        {
            brands = brands.Where(b => b.DistrictCode == District);
        }

        if (State is { } state)
        {
            brands = brands.Where(b => b.State == state);
        }

        if (Year is { } year)
        {
            brands = brands.Where(b => b.Content.YearFounded == year);
        }

        Total = await brands.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        // The columns the table shows, not whole working copies: materialising each brand's body, practices and
        // figures (JSON) was a fifth of the page's CPU.
        Brands = await brands.OrderBy(b => b.Code).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(b => new BrandRow(b.Code, b.Content.Title, b.Content.CommunityCode, b.State, b.IsLive, b.Content.YearFounded, b.UpdatedUtc, b.UpdatedBy))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The years the filter offers, newest first: read from the index on the founding year, not the table.</summary>
    public static IQueryable<int> FoundingYears(IQueryable<Brand> brands) =>
        brands.Where(b => b.Content.YearFounded != null).Select(b => b.Content.YearFounded!.Value).Distinct().OrderByDescending(y => y);

    public string PageUrl(int page) =>
        $"/admin/brands?q={Uri.EscapeDataString(Query ?? "")}&district={Uri.EscapeDataString(District ?? "")}&state={State}&year={Year}&page={page}";
}
