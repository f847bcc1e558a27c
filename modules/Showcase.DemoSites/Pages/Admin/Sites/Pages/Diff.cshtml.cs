using Microsoft.AspNetCore.Mvc;
using Showcase.Abstractions.Content;
using Showcase.DemoSites.Models;

namespace Showcase.DemoSites.Pages.Admin.Sites.Pages;

/// <summary><c>/admin/sites/{slug}/pages/{pageSlug}/diff?from=&amp;to=</c>: what changed between two versions, with the shared diff.</summary>
public sealed class DiffModel(IContentWorkflow<SitePage, SitePageContent> workflow) : SiteAdminPageModel
{
    [FromRoute(Name = "slug")]
    public string Slug { get; set; } = "";

    [FromRoute(Name = "pageSlug")]
    public string PageSlug { get; set; } = "";

    [FromQuery(Name = "from")]
    public int From { get; set; }

    [FromQuery(Name = "to")]
    public int To { get; set; }

    public SitePage SitePage { get; private set; } = new();

    public IReadOnlyList<ContentFieldDiff> Changes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        if (From > To)
        {
            (From, To) = (To, From);
        }

        Changes = await workflow.DiffAsync(SitePage, From, To, (field, value) => field == "state" && value is not null ? Text[$"State.{value}"] : value, cancellationToken);
    }

    /// <summary>A field's label in the reader's language, or null for one the module has no text for.</summary>
    public string? Label(string field)
    {
        var label = Text[$"Field.{char.ToUpperInvariant(field[0])}{field[1..]}"];
        return label.ResourceNotFound ? null : label.Value;
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken) =>
        SitePage = await workflow.GetAsync(User, SitePageCode.Of(Slug, PageSlug), ContentOperation.View, cancellationToken);
}
