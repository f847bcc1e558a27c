using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Showcase.Abstractions.Content;
using Showcase.Brands.Services;
using Showcase.DemoSites.Models;

namespace Showcase.DemoSites.Pages.Admin.Sites.Pages;

/// <summary>
/// <c>/admin/sites/{slug}/pages/{pageSlug}</c>: one page's working copy, its state, the form to change it and the
/// workflow actions the user may take now (submit; approve now or later, return with a comment; unpublish).
/// </summary>
public sealed class EditModel(IContentWorkflow<SitePage, SitePageContent> workflow, BrandMarkdown markdown, TimeProvider clock) : SiteAdminPageModel
{
    [FromRoute(Name = "slug")]
    public string Slug { get; set; } = "";

    [FromRoute(Name = "pageSlug")]
    public string PageSlug { get; set; } = "";

    [BindProperty]
    public PageInput Input { get; set; } = new();

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>Local date and time (China Standard Time) chosen for publishing later.</summary>
    [BindProperty]
    public string? PublishAt { get; set; }

    public SitePage SitePage { get; private set; } = new();

    public string BodyHtml { get; private set; } = "";

    public bool CanEdit { get; private set; }

    public bool CanPublish { get; private set; }

    private string Code => SitePageCode.Of(Slug, PageSlug);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = PageInput.From(SitePage);
    }

    public async Task<IActionResult> OnPostSaveAsync(string? action, CancellationToken cancellationToken)
    {
        var current = await workflow.GetAsync(User, Code, ContentOperation.Edit, cancellationToken);
        var page = await workflow.SaveAsync(User, new ContentEdit<SitePageContent>(Code, Input.ToContent(current.Content)) { Submit = action == "submit", Comment = Comment ?? "" }, cancellationToken);
        return Done(page, action == "submit" ? "Admin.PageSubmitted" : "Admin.PageSaved");
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        Done(await workflow.SubmitAsync(User, Code, Comment ?? "", cancellationToken), "Admin.PageSubmitted");

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        Done(await workflow.ApproveAsync(User, Code, PublishTime(), Comment ?? "", cancellationToken), "Admin.PageApproved");

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken) =>
        Done(await workflow.ReturnAsync(User, Code, Comment ?? "", cancellationToken), "Admin.PageReturned");

    public async Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken) =>
        Done(await workflow.UnpublishAsync(User, Code, Comment ?? "", cancellationToken), "Admin.PageUnpublished");

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        SitePage = await workflow.GetAsync(User, Code, ContentOperation.View, cancellationToken);
        BodyHtml = markdown.ToHtml(SitePage.Content.Body);
        CanEdit = await workflow.MayAsync(User, SitePage, ContentOperation.Edit);
        CanPublish = await workflow.MayAsync(User, SitePage, ContentOperation.Publish);
    }

    private RedirectResult Done(SitePage page, string message)
    {
        Message = Text[message, page.Content.Title];
        return Redirect(PageUrl(Slug, PageSlug));
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
