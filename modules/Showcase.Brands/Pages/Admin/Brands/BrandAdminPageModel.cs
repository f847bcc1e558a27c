using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary>What the admin brand pages share: the acting user, and how refusals and rule breaks are shown.</summary>
[Authorize]
public abstract class BrandAdminPageModel : PageModel
{
    private BrandActor? _actor;

    protected IStringLocalizer<BrandsText> Text => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<BrandsText>>();

    protected async Task<BrandActor> ActorAsync() =>
        _actor ??= await HttpContext.RequestServices.GetRequiredService<BrandActorResolver>().ResolveAsync(User);

    /// <summary>403, not a redirect: the user is signed in but may not do this. The host's status page explains it in the admin theme.</summary>
    protected IActionResult Denied() => StatusCode(StatusCodes.Status403Forbidden);

    /// <summary>Puts each error beside its field (<c>Input.{Field}</c>), in the user's language.</summary>
    protected void AddErrors(IEnumerable<BrandInputError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}", Text[error.Key, error.Arguments]);
        }
    }
}
