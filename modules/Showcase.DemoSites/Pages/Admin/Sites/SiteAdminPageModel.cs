using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Content;

namespace Showcase.DemoSites.Pages.Admin.Sites;

/// <summary>
/// What the admin demo-site pages share: the module's text, and how a refused command is shown again (the core's
/// filter maps refusals; <see cref="ReloadAsync"/> loads what the page shows).
/// </summary>
public abstract class SiteAdminPageModel : PageModel, IContentPage
{
    public IStringLocalizer Text => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<DemoSitesText>>();

    public virtual string ErrorPrefix => "Input";

    public abstract Task ReloadAsync(CancellationToken cancellationToken);

    /// <summary>Shown once by the admin layout on the next page, after the redirect.</summary>
    [TempData(Key = "StatusMessage")]
    public string? Message { get; set; }

    protected static string SiteUrl(string slug) => $"/admin/sites/{slug}";

    protected static string PageUrl(string siteSlug, string pageSlug) => $"/admin/sites/{siteSlug}/pages/{pageSlug}";
}
