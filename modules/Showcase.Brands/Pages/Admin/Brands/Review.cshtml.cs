using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Showcase.Abstractions.Content;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary>
/// <c>/admin/brands/{code}</c>: the working copy as it will look, its state, and the workflow actions the user
/// may take now (submit; approve now or later, return with a comment; unpublish).
/// </summary>
[Authorize(Policy = nameof(Permissions.ViewBrandDrafts))]
public sealed class ReviewModel(IContentWorkflow<Brand, BrandContent> workflow, BrandMarkdown markdown, ICommunityDirectory directory, TimeProvider clock) : BrandAdminPageModel
{
    [FromRoute(Name = "code")]
    public string Code { get; set; } = "";

    public Brand Brand { get; private set; } = new();

    public CommunityPlace? Place { get; private set; }

    public string BodyHtml { get; private set; } = "";

    public bool CanEdit { get; private set; }

    public bool CanPublish { get; private set; }

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>Local date and time (China Standard Time) chosen for publishing later.</summary>
    [BindProperty]
    public string? PublishAt { get; set; }

    public ContentStatus Status => Brand.Status;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        Done(await workflow.SubmitAsync(User, Code, Comment ?? "", cancellationToken), "Review.Submitted");

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        Done(await workflow.ApproveAsync(User, Code, PublishTime(), Comment ?? "", cancellationToken), "Review.Approved");

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken) =>
        Done(await workflow.ReturnAsync(User, Code, Comment ?? "", cancellationToken), "Review.Returned");

    public async Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken) =>
        Done(await workflow.UnpublishAsync(User, Code, Comment ?? "", cancellationToken), "Review.Unpublished");

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Brand = await workflow.GetAsync(User, Code, ContentOperation.View, cancellationToken);
        Place = (await directory.GetAsync(cancellationToken)).Community(Brand.Content.CommunityCode);
        BodyHtml = markdown.ToHtml(Brand.Content.Body);
        CanEdit = await workflow.MayAsync(User, Brand, ContentOperation.Edit);
        CanPublish = await workflow.MayAsync(User, Brand, ContentOperation.Publish);
    }

    private RedirectResult Done(Brand brand, string message)
    {
        Message = Text[message, brand.Content.Title];
        return Redirect($"/admin/brands/{Uri.EscapeDataString(brand.Code)}");
    }

    /// <returns>null to publish now.</returns>
    /// <exception cref="ContentValidationException">the time cannot be read or has passed.</exception>
    private DateTimeOffset? PublishTime()
    {
        if (string.IsNullOrWhiteSpace(PublishAt))
        {
            return null;
        }

        if (!DateTime.TryParse(PublishAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new ContentValidationException([new ContentError(nameof(PublishAt), "Error.PublishAt")]);
        }

        // The city's editors think in Beijing time, whatever the server's zone.
        var at = new DateTimeOffset(local, TimeSpan.FromHours(8));
        return at > clock.GetUtcNow() ? at : throw new ContentValidationException([new ContentError(nameof(PublishAt), "Error.PublishAtPast")]);
    }
}
