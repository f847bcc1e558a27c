using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Security;
using Showcase.Brands.Services;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Organizations.Services;

namespace Showcase.Evaluations.Pages.Admin.Applications;

/// <summary>
/// <c>/admin/applications</c>: a community editor enters one of their community's published brands into a round open
/// for applications (once per round), and sees their community's applications and their state.
/// </summary>
[Authorize(Policy = "ApplyToRounds")]
public sealed class IndexModel(IRoundDirectory directory, ApplicationService applications, RoundStore store, BrandCatalog catalog, IOrganizationDirectory organizations)
    : EvaluationsAdminPageModel
{
    public string Community => User.GetUnitCode();

    public string CommunityName { get; private set; } = "";

    public IReadOnlyList<RoundSummary> OpenRounds { get; private set; } = [];

    /// <summary>The community's applications, newest round first: the round's code and title with each entry.</summary>
    public IReadOnlyList<(string RoundCode, string RoundTitle, Entry Entry)> Mine { get; private set; } = [];

    /// <summary>The community's published brands (code and title), offered in the form.</summary>
    public IReadOnlyList<(string Code, string Title)> Brands { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostApplyAsync([FromForm] string? round, [FromForm] string? brand, CancellationToken cancellationToken)
    {
        try
        {
            if (Community.Length == 0)
            {
                throw new EvaluationRefusedException(RefusalReasons.NotOwnCommunity, "Your account belongs to no community.");
            }

            var entry = await applications.ApplyAsync(new Applicant(UserName, Community), round ?? "", (brand ?? "").Trim(), cancellationToken);
            return Done(Text["Applications.Applied", entry.Code, round ?? ""], "/admin/applications");
        }
        catch (EvaluationRefusedException e)
        {
            return await RefusedAsync(e, () => LoadAsync(cancellationToken));
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        OpenRounds = [.. (await directory.ListAsync(cancellationToken)).Where(r => r.State == RoundState.ApplicationsOpen)];
        if (Community.Length == 0)
        {
            return;
        }

        var db = store.Db;
        var rows = await db.Entries.AsNoTracking().Where(e => e.CommunityCode == Community)
            .Join(db.Rounds.AsNoTracking(), e => e.RoundId, r => r.Id, (e, r) => new { r.Code, r.Title, r.Year, Entry = e })
            .ToListAsync(cancellationToken);
        Mine = [.. rows.OrderByDescending(r => r.Year).ThenBy(r => r.Code, StringComparer.Ordinal).Select(r => (r.Code, r.Title, r.Entry))];

        var tree = await organizations.GetTreeAsync(cancellationToken);
        CommunityName = tree.Find(Community)?.Name ?? Community;
        var district = Models.ConflictRule.DistrictOf(tree, Community);
        var brands = new List<(string, string)>();
        // The catalog lists published brands by district; the community's own are picked out by name.
        for (var page = 1; page <= 20; page++)
        {
            var list = await catalog.ListAsync(new BrandListQuery(District: district.Length > 0 ? district : null, Page: page), cancellationToken);
            brands.AddRange(list.Items.Where(b => b.CommunityName == CommunityName).Select(b => (b.Code, b.Title)));
            if (page >= list.PageCount)
            {
                break;
            }
        }

        Brands = brands;
    }
}
