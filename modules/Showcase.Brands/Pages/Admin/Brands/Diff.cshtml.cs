using Microsoft.AspNetCore.Mvc;
using Showcase.Abstractions.Content;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary>One changed field, as pieces of kept, removed and added text.</summary>
public sealed record FieldDiff(string Field, IReadOnlyList<DiffPiece> Pieces);

/// <summary><c>/admin/brands/{code}/diff?from=&amp;to=</c>: what changed between two versions, field by field.</summary>
public sealed class DiffModel(BrandService brands, IContentVersioning versions) : BrandAdminPageModel
{
    public Brand Brand { get; private set; } = new();

    [FromQuery(Name = "from")]
    public int From { get; set; }

    [FromQuery(Name = "to")]
    public int To { get; set; }

    public IReadOnlyList<FieldDiff> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
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
        if (From > To)
        {
            (From, To) = (To, From);
        }

        if (await versions.GetAsync(brand.Ref, From, cancellationToken) is null || await versions.GetAsync(brand.Ref, To, cancellationToken) is null)
        {
            return NotFound();
        }

        var changes = await versions.DiffAsync(brand.Ref, From, To, cancellationToken);
        Changes = changes.Select(c => c.Field == "state"
            ? new FieldDiff(c.Field, TextDiff.Compute(StateName(c.Before), StateName(c.After)))
            : new FieldDiff(c.Field, TextDiff.Compute(c.Before, c.After))).ToList();
        return Page();
    }

    private string? StateName(string? value) => value is null ? null : Text["State." + value].Value;
}
