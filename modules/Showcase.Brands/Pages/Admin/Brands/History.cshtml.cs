using Microsoft.AspNetCore.Mvc;
using Showcase.Abstractions.Content;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary><c>/admin/brands/{code}/history</c>: every version, with links to compare and a restore button.</summary>
public sealed class HistoryModel(BrandService brands, IContentVersioning versions) : BrandAdminPageModel
{
    public Brand Brand { get; private set; } = new();

    public IReadOnlyList<ContentVersionInfo> Versions { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostRestoreAsync(string code, int version, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused)
        {
            return refused;
        }

        try
        {
            await brands.RestoreAsync(await ActorAsync(), code, version, cancellationToken);
            return Redirect($"/admin/brands/{Uri.EscapeDataString(code)}");
        }
        catch (BrandAccessDeniedException)
        {
            return Denied();
        }
        catch (BrandWorkflowException e)
        {
            ModelState.AddModelError("", Text[e.Key]);
        }
        catch (BrandValidationException e)
        {
            AddErrors(e.Errors, prefix: "");
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var actor = await ActorAsync();
        if (await brands.FindAsync(code, cancellationToken) is not { } brand)
        {
            return NotFound();
        }

        if (!BrandAccessRule.CanView(actor, brand.CommunityCode))
        {
            return Denied();
        }

        Brand = brand;
        CanEdit = BrandAccessRule.CanEdit(actor, brand.CommunityCode) && BrandWorkflow.Allows(BrandService.StatusOf(brand), BrandAction.Save);
        Versions = (await versions.HistoryAsync(brand.Ref, cancellationToken)).OrderByDescending(v => v.Number).ToList();
        return null;
    }
}
