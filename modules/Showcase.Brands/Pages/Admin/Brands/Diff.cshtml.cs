using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Showcase.Abstractions.Content;
using Showcase.Brands.Models;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary><c>/admin/brands/{code}/diff?from=&amp;to=</c>: what changed between two versions, field by field.</summary>
[Authorize(Policy = nameof(Permissions.ViewBrandDrafts))]
public sealed class DiffModel(IContentWorkflow<Brand, BrandContent> workflow) : BrandAdminPageModel
{
    [FromRoute(Name = "code")]
    public string Code { get; set; } = "";

    [FromQuery(Name = "from")]
    public int From { get; set; }

    [FromQuery(Name = "to")]
    public int To { get; set; }

    public Brand Brand { get; private set; } = new();

    public IReadOnlyList<ContentFieldDiff> Changes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        if (From > To)
        {
            (From, To) = (To, From);
        }

        // A state reads in the reader's language; other fields as written.
        Changes = await workflow.DiffAsync(Brand, From, To, (field, value) => field == "state" && value is not null ? Text["State." + value] : value, cancellationToken);
    }

    /// <summary>A field's label in the reader's language, or null for one the module has no text for.</summary>
    public string? Label(string field)
    {
        var label = Text["Field." + char.ToUpperInvariant(field[0]) + field[1..]];
        return label.ResourceNotFound ? null : label.Value;
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken) =>
        Brand = await workflow.GetAsync(User, Code, ContentOperation.View, cancellationToken);
}
