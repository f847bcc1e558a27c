using Microsoft.AspNetCore.Mvc;
using Showcase.Abstractions.Content;
using Showcase.DemoSites.Models;

namespace Showcase.DemoSites.Pages.Admin.Sites.Pages;

/// <summary><c>/admin/sites/{slug}/pages/{pageSlug}/history</c>: every version, with the shared compare and restore.</summary>
public sealed class HistoryModel(IContentWorkflow<SitePage, SitePageContent> workflow) : SiteAdminPageModel
{
    [FromRoute(Name = "slug")]
    public string Slug { get; set; } = "";

    [FromRoute(Name = "pageSlug")]
    public string PageSlug { get; set; } = "";

    public SitePage SitePage { get; private set; } = new();

    public ContentHistoryView History { get; private set; } = new([], "", CanRestore: false);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(int version, CancellationToken cancellationToken)
    {
        var page = await workflow.RestoreAsync(User, SitePageCode.Of(Slug, PageSlug), version, cancellationToken);
        Message = Text["Admin.Restored", version, page.VersionNumber];
        return Redirect(PageUrl(Slug, PageSlug));
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        SitePage = await workflow.GetAsync(User, SitePageCode.Of(Slug, PageSlug), ContentOperation.View, cancellationToken);
        var canRestore = ContentStateMachine.Allows(SitePage.Status, ContentAction.Save) && await workflow.MayAsync(User, SitePage, ContentOperation.Edit);
        History = new ContentHistoryView(await workflow.HistoryAsync(SitePage, cancellationToken), $"{PageUrl(Slug, PageSlug)}/diff", canRestore);
    }
}
