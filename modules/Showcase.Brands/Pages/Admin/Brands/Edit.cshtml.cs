using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Showcase.Brands.Media;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary>
/// <c>/admin/brands/new</c> and <c>/admin/brands/{code}/edit</c>: the edit form. Uploads are checked
/// before anything is stored; a refused file or a field that breaks a rule stores nothing.
/// </summary>
public sealed class EditModel(BrandService brands, BrandMediaStore media, ICommunityDirectory directory) : BrandAdminPageModel
{
    [BindProperty]
    public BrandForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? CoverUpload { get; set; }

    [BindProperty]
    public List<IFormFile> GalleryUploads { get; set; } = [];

    public Brand? Existing { get; private set; }

    public IReadOnlyList<CommunityPlace> Communities { get; private set; } = [];

    public bool CanFeature { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = (Existing is null ? new BrandForm { CommunityCode = Communities.Count == 1 ? Communities[0].CommunityCode : null } : BrandForm.From(Existing)).WithFigureRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? intent, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused)
        {
            return refused;
        }

        var actor = await ActorAsync();
        var (input, errors) = Input.ToInput(Existing?.Code, Existing?.IsIllustrative ?? false);
        if (!BrandAccessRule.CanEdit(actor, input.CommunityCode))
        {
            errors.Add(new BrandInputError(nameof(BrandForm.CommunityCode), "Error.NotYourCommunity"));
        }

        errors.AddRange(await brands.CheckAsync(input, isNew: Existing is null, cancellationToken));
        // Every file is checked before any is stored, and only when the fields are right.
        var accepted = new List<(string Field, AcceptedImage Image)>();
        foreach (var (field, file) in Uploads())
        {
            try
            {
                await using var stream = file.OpenReadStream();
                accepted.Add((field, await media.AcceptAsync(stream, cancellationToken)));
            }
            catch (MediaRejectedException e)
            {
                errors.Add(new BrandInputError(field, e.Key, [file.FileName, .. e.Arguments]));
            }
        }

        if (errors.Count > 0)
        {
            AddErrors(errors.DistinctBy(e => (e.Field, e.Key)));
            Input.WithFigureRows();
            return Page();
        }

        foreach (var (field, image) in accepted)
        {
            var stored = await media.SaveAsync(image, actor.Name, cancellationToken);
            input = field == nameof(CoverUpload)
                ? input with { CoverMediaId = stored.Id }
                : input with { Gallery = [.. input.Gallery, stored.Id] };
        }

        try
        {
            var brand = await brands.SaveDraftAsync(actor, Existing?.Code, input, cancellationToken: cancellationToken);
            if (intent == "submit")
            {
                await brands.SubmitAsync(actor, brand.Code, cancellationToken: cancellationToken);
            }

            return Redirect($"/admin/brands/{Uri.EscapeDataString(brand.Code)}");
        }
        catch (BrandValidationException e)
        {
            AddErrors(e.Errors);
        }
        catch (BrandWorkflowException e)
        {
            ModelState.AddModelError("", Text[e.Key]);
        }

        Input.WithFigureRows();
        return Page();
    }

    private IEnumerable<(string Field, IFormFile File)> Uploads()
    {
        if (CoverUpload is { Length: > 0 } cover)
        {
            yield return (nameof(CoverUpload), cover);
        }

        foreach (var file in GalleryUploads.Where(f => f.Length > 0))
        {
            yield return (nameof(GalleryUploads), file);
        }
    }

    /// <returns>a refusal (404, 403), or null when the form may be shown.</returns>
    private async Task<IActionResult?> LoadAsync(string? code, CancellationToken cancellationToken)
    {
        var actor = await ActorAsync();
        if (code is not null)
        {
            Existing = await brands.FindAsync(code, cancellationToken);
            if (Existing is null)
            {
                return NotFound();
            }

            if (!BrandAccessRule.CanEdit(actor, Existing.CommunityCode))
            {
                return Denied();
            }
        }
        else if (!actor.CanEditAll && !(actor.CanEditOwn && actor.UnitCode.Length > 0))
        {
            return Denied();
        }

        var view = await directory.GetAsync(cancellationToken);
        Communities = view.Communities.Values
            .Where(c => BrandAccessRule.CanEdit(actor, c.CommunityCode))
            .OrderBy(c => c.DistrictCode, StringComparer.Ordinal).ThenBy(c => c.CommunityCode, StringComparer.Ordinal)
            .ToList();
        CanFeature = actor.CanPublish;
        return null;
    }
}
