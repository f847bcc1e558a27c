using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Showcase.Organizations.Services;

namespace Showcase.Organizations.Pages.Admin.Organizations;

[Authorize(Policy = nameof(Permissions.ManageOrganizations))]
public sealed class IndexModel(IOrganizationDirectory directory) : PageModel
{
    public OrganizationTree Tree { get; private set; } = OrganizationTree.Empty;

    /// <summary>What the last add or edit did, shown once after the redirect.</summary>
    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tree = await directory.GetTreeAsync(cancellationToken);
}
