using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary>
/// <c>/admin/brands/{code}</c>: the working copy as it will look, its state, and the workflow actions
/// the user may take now (submit; approve now or later, return with a comment; unpublish).
/// </summary>
public sealed class ReviewModel(BrandService brands, BrandMarkdown markdown, ICommunityDirectory directory, TimeProvider clock) : BrandAdminPageModel
{
    public Brand Brand { get; private set; } = new();

    public BrandActor Actor { get; private set; } = BrandActor.System("");

    public CommunityPlace? Place { get; private set; }

    public string BodyHtml { get; private set; } = "";

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>Local date and time (China Standard Time) chosen for publishing later.</summary>
    [BindProperty]
    public string? PublishAt { get; set; }

    public BrandStatus Status => BrandService.StatusOf(Brand);

    public bool CanEdit => BrandAccessRule.CanEdit(Actor, Brand.CommunityCode);

    public bool CanPublish => BrandAccessRule.CanPublish(Actor);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostSubmitAsync(string code, CancellationToken cancellationToken) =>
        ActAsync(code, a => brands.SubmitAsync(a, code, Comment ?? "", cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(string code, CancellationToken cancellationToken)
    {
        DateTimeOffset? at = null;
        if (!string.IsNullOrWhiteSpace(PublishAt))
        {
            if (!DateTime.TryParse(PublishAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                ModelState.AddModelError(nameof(PublishAt), Text["Error.PublishAt"]);
                return LoadAndShowAsync(code, cancellationToken);
            }

            // The city's editors think in Beijing time, whatever the server's zone.
            at = new DateTimeOffset(local, TimeSpan.FromHours(8));
            if (at <= clock.GetUtcNow())
            {
                ModelState.AddModelError(nameof(PublishAt), Text["Error.PublishAtPast"]);
                return LoadAndShowAsync(code, cancellationToken);
            }
        }

        return ActAsync(code, a => brands.ApproveAsync(a, code, at, Comment ?? "", cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostReturnAsync(string code, CancellationToken cancellationToken) =>
        ActAsync(code, a => brands.ReturnAsync(a, code, Comment ?? "", cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(string code, CancellationToken cancellationToken) =>
        ActAsync(code, a => brands.UnpublishAsync(a, code, Comment ?? "", cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(string code, Func<BrandActor, Task<Brand>> action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(code, cancellationToken) is { } refused)
        {
            return refused;
        }

        try
        {
            await action(Actor);
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

        return await LoadAsync(code, cancellationToken) ?? Page();
    }

    private async Task<IActionResult> LoadAndShowAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ?? Page();

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        Actor = await ActorAsync();
        if (await brands.FindAsync(code, cancellationToken) is not { } brand)
        {
            return NotFound();
        }

        if (!BrandAccessRule.CanView(Actor, brand.CommunityCode))
        {
            return Denied();
        }

        Brand = brand;
        Place = (await directory.GetAsync(cancellationToken)).Community(brand.CommunityCode);
        BodyHtml = markdown.ToHtml(brand.Body);
        return null;
    }
}
