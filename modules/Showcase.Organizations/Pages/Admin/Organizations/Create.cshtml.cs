using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Showcase.Organizations.Models;
using Showcase.Organizations.Services;

namespace Showcase.Organizations.Pages.Admin.Organizations;

/// <summary>Adds a unit: a city without <c>?parent=</c>, otherwise a unit one level below the parent.</summary>
[Authorize(Policy = nameof(Permissions.ManageOrganizations))]
public sealed class CreateModel(IOrganizationDirectory directory, OrganizationEditor editor, IStringLocalizer<OrganizationsText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Parent { get; set; }

    [BindProperty]
    public UnitForm Input { get; set; } = new();

    public OrganizationUnitInfo? ParentUnit { get; private set; }

    public UnitKind Kind { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var problems = await editor.AddAsync(Input.Code ?? "", Input.Name ?? "", Kind, ParentUnit?.Code, User.Identity?.Name ?? "", cancellationToken);
        if (problems.Count > 0)
        {
            UnitForm.ShowProblems(ModelState, problems, text);
            return Page();
        }

        Message = text["Added", Input.Name!.Trim()];
        return RedirectToPage("Index");
    }

    /// <returns>false when the parent does not exist or can have no children.</returns>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Parent))
        {
            Kind = UnitKind.City;
            return true;
        }

        ParentUnit = await directory.FindAsync(Parent, cancellationToken);
        if (ParentUnit?.Kind.ChildKind() is not { } kind)
        {
            return false;
        }

        Kind = kind;
        return true;
    }
}
