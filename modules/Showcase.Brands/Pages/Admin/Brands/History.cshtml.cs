using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Showcase.Abstractions.Content;
using Showcase.Brands.Models;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary><c>/admin/brands/{code}/history</c>: every version, with links to compare and a restore button.</summary>
[Authorize(Policy = nameof(Permissions.ViewBrandDrafts))]
public sealed class HistoryModel(IContentWorkflow<Brand, BrandContent> workflow) : BrandAdminPageModel
{
    [FromRoute(Name = "code")]
    public string Code { get; set; } = "";

    public Brand Brand { get; private set; } = new();

    public ContentHistoryView History { get; private set; } = new([], "", CanRestore: false);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(int version, CancellationToken cancellationToken)
    {
        var brand = await workflow.RestoreAsync(User, Code, version, cancellationToken);
        Message = Text["History.Restored", version, brand.VersionNumber];
        return Redirect($"/admin/brands/{Uri.EscapeDataString(brand.Code)}");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Brand = await workflow.GetAsync(User, Code, ContentOperation.View, cancellationToken);
        var canRestore = ContentStateMachine.Allows(Brand.Status, ContentAction.Save) && await workflow.MayAsync(User, Brand, ContentOperation.Edit);
        History = new ContentHistoryView(await workflow.HistoryAsync(Brand, cancellationToken), $"/admin/brands/{Uri.EscapeDataString(Brand.Code)}/diff", canRestore);
    }
}
