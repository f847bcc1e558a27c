using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Navigation;
using Showcase.Brands.Data;
using Showcase.Brands.Services;

namespace Showcase.Brands;

/// <summary>
/// The dashboard's 待审核 card for those who approve brands: how many wait, per district, and the longest
/// waiting ones, each a link to where the manager acts on it.
/// </summary>
public sealed class ReviewQueue(BrandsDbContext db, ICommunityDirectory directory, IStringLocalizer<BrandsText> text) : IDashboardWidget
{
    public const int Shown = 5;

    public int Position => 10;

    public async Task<DashboardCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!Permissions.PublishBrands.IsGrantedTo(user))
        {
            return null;
        }

        // Few wait at once; SQLite cannot order by a DateTimeOffset, so the oldest are picked here.
        var waiting = await db.Brands.AsNoTracking().Where(b => b.State == ContentState.InReview)
            .Select(b => new { b.Code, b.Content.Title, b.DistrictCode, b.UpdatedUtc }).ToListAsync(cancellationToken);
        var total = waiting.Count;
        var perDistrict = waiting.GroupBy(b => b.DistrictCode).Select(g => new { g.Key, Count = g.Count() }).ToList();
        var oldest = waiting.OrderBy(b => b.UpdatedUtc).Take(Shown).ToList();
        var view = await directory.GetAsync(cancellationToken);

        var lines = perDistrict.OrderByDescending(d => d.Count).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new DashboardLine(view.DistrictName(d.Key), $"/admin/brands?state={ContentState.InReview}&district={Uri.EscapeDataString(d.Key)}", d.Count))
            .Concat(oldest.Select(b => new DashboardLine(b.Title, $"/admin/brands/{Uri.EscapeDataString(b.Code)}",
                Note: text["Queue.Waiting", b.UpdatedUtc.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm")])))
            .ToList();
        return new DashboardCard(text["Queue.Title"], total, lines, text["Queue.Empty"],
            total > 0 ? new DashboardLine(text["Queue.All", total], $"/admin/brands?state={ContentState.InReview}") : null);
    }
}
