using Microsoft.AspNetCore.Mvc;
using Showcase.Evaluations.Services;
using Showcase.Organizations.Services;

namespace Showcase.Evaluations.Pages.Admin.Rounds;

/// <summary><c>/admin/rounds/{code}/entries</c>: the applications, each with the brand version it froze; accept, reject or withdraw with a reason.</summary>
public sealed class EntriesModel(ApplicationService applications, IOrganizationDirectory organizations) : RoundPageModel
{
    public override string Tab => "entries";

    public OrganizationTree Tree { get; private set; } = OrganizationTree.Empty;

    public string UnitName(string code) => Tree.Find(code)?.Name ?? code;

    protected override async Task LoadPageAsync(CancellationToken cancellationToken) => Tree = await organizations.GetTreeAsync(cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync([FromForm] string? entry, CancellationToken cancellationToken) =>
        ChangeAsync(() => applications.AcceptAsync(UserName, Code, entry ?? "", cancellationToken), Text["Entries.Accepted", entry ?? ""], RoundUrl("entries"), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync([FromForm] string? entry, [FromForm] string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(() => applications.RejectAsync(UserName, Code, entry ?? "", reason ?? "", cancellationToken), Text["Entries.Rejected", entry ?? ""], RoundUrl("entries"), cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync([FromForm] string? entry, [FromForm] string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(() => applications.WithdrawAsync(UserName, Code, entry ?? "", reason ?? "", cancellationToken), Text["Entries.Withdrawn", entry ?? ""], RoundUrl("entries"), cancellationToken);
}
