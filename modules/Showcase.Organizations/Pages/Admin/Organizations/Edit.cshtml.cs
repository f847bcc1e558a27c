using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Showcase.Organizations.Models;
using Showcase.Organizations.Services;

namespace Showcase.Organizations.Pages.Admin.Organizations;

/// <summary>Renames a unit or moves it under another parent of the level above. Code and kind stay.</summary>
[Authorize(Policy = nameof(Permissions.ManageOrganizations))]
public sealed class EditModel(IOrganizationDirectory directory, OrganizationEditor editor, IStringLocalizer<OrganizationsText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public UnitForm Input { get; set; } = new();

    public OrganizationUnitInfo Unit { get; private set; } = null!;

    /// <summary>The units this one may hang under (all of the level above); empty for a city.</summary>
    public IReadOnlyList<OrganizationUnitInfo> ParentChoices { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new UnitForm { Code = Unit.Code, Name = Unit.Name, ParentCode = Unit.ParentCode };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var problems = await editor.UpdateAsync(Unit.Code, Input.Name ?? "", Input.ParentCode, User.Identity?.Name ?? "", cancellationToken);
        if (problems.Count > 0)
        {
            UnitForm.ShowProblems(ModelState, problems, text);
            return Page();
        }

        Message = text["Saved", Input.Name!.Trim()];
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var tree = await directory.GetTreeAsync(cancellationToken);
        if (Code is null || tree.Find(Code) is not { } unit)
        {
            return false;
        }

        Unit = unit;
        ParentChoices = unit.Kind.ParentKind() is { } parentKind ? tree.OfKind(parentKind) : [];
        return true;
    }
}
