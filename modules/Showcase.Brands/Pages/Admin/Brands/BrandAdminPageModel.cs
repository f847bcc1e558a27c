using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Content;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary>
/// What the admin brand pages share: the module's text, and how a refused command is shown again (the core's
/// filter maps refusals; <see cref="ReloadAsync"/> loads what the page shows).
/// </summary>
public abstract class BrandAdminPageModel : PageModel, IContentPage
{
    public IStringLocalizer Text => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<BrandsText>>();

    public virtual string ErrorPrefix => "";

    public abstract Task ReloadAsync(CancellationToken cancellationToken);

    /// <summary>Shown once by the admin layout on the next page, after the redirect.</summary>
    [TempData(Key = "StatusMessage")]
    public string? Message { get; set; }
}
