using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Showcase.Abstractions.Content;
using Showcase.Brands.Media;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary>
/// <c>/admin/brands/new</c> and <c>/admin/brands/{code}/edit</c>: the edit form, with a preview of the story as
/// the public page will show it. Uploads are checked before anything is stored; a refused file or a field that
/// breaks a rule stores nothing.
/// </summary>
[Authorize(Policy = nameof(Permissions.ViewBrandDrafts))]
public sealed class EditModel(
    IContentWorkflow<Brand, BrandContent> workflow,
    BrandEditor editor,
    BrandMediaStore media,
    BrandMarkdown markdown,
    ICommunityDirectory directory) : BrandAdminPageModel
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

    /// <summary>The story rendered as the public page will show it, when the editor asked for a preview.</summary>
    public string? PreviewHtml { get; private set; }

    public override string ErrorPrefix => nameof(Input);

    [FromRoute(Name = "code")]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Code is null && !BrandAccessHandler.MayCreate(User))
        {
            return Forbid();
        }

        await ReloadAsync(cancellationToken);
        Input = Existing is null
            ? new BrandForm { CommunityCode = Communities.Count == 1 ? Communities[0].CommunityCode : null }
            : BrandForm.From(Existing.Code, Existing.Content);
        Input.WithFigureRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? intent, CancellationToken cancellationToken)
    {
        if (intent == "preview")
        {
            await ReloadAsync(cancellationToken);
            PreviewHtml = markdown.ToHtml(Input.Body ?? "");
            return Page();
        }

        // The stored brand is not loaded here: the save loads it once, in its command, and checks it there.
        var (content, problems) = Input.ToContent();
        var uploads = new List<BrandUpload>();
        foreach (var (isCover, file) in Uploads())
        {
            try
            {
                await using var stream = file.OpenReadStream();
                uploads.Add(new BrandUpload(await media.AcceptAsync(stream, cancellationToken), isCover));
            }
            catch (MediaRejectedException e)
            {
                problems.Add(new ContentError(isCover ? nameof(CoverUpload) : nameof(GalleryUploads), e.Key, [file.FileName, .. e.Arguments]));
            }
        }

        var edit = new ContentEdit<BrandContent>((Code ?? Input.Code ?? "").Trim(), content) { IsNew = Code is null, Submit = intent == "submit", Problems = problems };
        var brand = await editor.SaveAsync(User, edit, uploads, cancellationToken);
        Message = Text[intent == "submit" ? "Edit.Submitted" : "Edit.Saved", brand.Content.Title];
        return Redirect($"/admin/brands/{Uri.EscapeDataString(brand.Code)}");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        if (Code is not null)
        {
            Existing = await workflow.GetAsync(User, Code, ContentOperation.Edit, cancellationToken);
            Input.Code = Existing.Code;
        }

        var view = await directory.GetAsync(cancellationToken);
        Communities = view.Communities.Values
            .Where(c => BrandAccessHandler.Allows(User, ContentOperation.Edit, c.CommunityCode))
            .OrderBy(c => c.DistrictCode, StringComparer.Ordinal).ThenBy(c => c.CommunityCode, StringComparer.Ordinal)
            .ToList();
        CanFeature = await workflow.MayAsync(User, Existing ?? new Brand(), ContentOperation.Publish);
        Input.WithFigureRows();
    }

    private IEnumerable<(bool IsCover, IFormFile File)> Uploads()
    {
        if (CoverUpload is { Length: > 0 } cover)
        {
            yield return (true, cover);
        }

        foreach (var file in GalleryUploads.Where(f => f.Length > 0))
        {
            yield return (false, file);
        }
    }
}
