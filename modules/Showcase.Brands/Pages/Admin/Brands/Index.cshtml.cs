using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Brands.Data;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary><c>/admin/brands</c>: the working copies, filtered by district, state and year. Editors see their own community's.</summary>
public sealed class IndexModel(BrandsDbContext db, ICommunityDirectory directory) : BrandAdminPageModel
{
    private const int PageSize = 50;

    [FromQuery(Name = "district")]
    public string? District { get; set; }

    [FromQuery(Name = "state")]
    public ContentState? State { get; set; }

    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Brand> Brands { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public OrganizationView Organization { get; private set; } = new(new Dictionary<string, CommunityPlace>(), []);

    public IReadOnlyList<int> Years { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await ActorAsync();
        if (!actor.CanView && !actor.CanEditOwn && !actor.CanEditAll && !actor.CanPublish)
        {
            return Denied();
        }

        CanCreate = actor.CanEditAll || (actor.CanEditOwn && actor.UnitCode.Length > 0);
        Organization = await directory.GetAsync(cancellationToken);
        var brands = db.Brands.AsNoTracking();
        if (BrandAccessRule.ListRestrictedTo(actor) is { } community)
        {
            brands = brands.Where(b => b.CommunityCode == community);
        }

        Years = await brands.Where(b => b.YearFounded != null).Select(b => b.YearFounded!.Value).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
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
            brands = brands.Where(b => b.YearFounded == year);
        }

        Total = await brands.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Brands = await brands.OrderBy(b => b.Code).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return Page();
    }

    public string PageUrl(int page) =>
        $"/admin/brands?district={Uri.EscapeDataString(District ?? "")}&state={State}&year={Year}&page={page}";
}
