using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Localization;
using Showcase.Abstractions.Security;
using Showcase.Abstractions.Settings;
using Showcase.Core.Identity;
using Showcase.Core.Localization;
using Showcase.Core.Settings;
using Showcase.Core.Themes;

namespace Showcase.Core.Pages.Admin;

/// <summary>Site name, default public theme and contact line.</summary>
[Authorize(Policy = nameof(CorePermissions.ManageSettings))]
public sealed class SettingsModel(SiteSettingsStore settings, ThemeCatalog themes, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> ThemeChoices =>
        themes.Public.Select(t => new SelectListItem($"{t.Name} ({t.Id})", t.Id)).ToList();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        var current = await settings.GetAsync(HttpContext.RequestAborted);
        Input = new SettingsInput
        {
            SiteName = current.SiteName,
            DefaultTheme = current.DefaultTheme,
            ContactLine = current.ContactLine,
            Organiser = current.Organiser,
            IcpNumber = current.IcpNumber,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!themes.IsPublic(Input.DefaultTheme))
        {
            ModelState.AddModelError("Input.DefaultTheme", text["Settings.UnknownTheme", Input.DefaultTheme]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await settings.SaveAsync(
            new SiteSettings
            {
                SiteName = Input.SiteName.Trim(),
                DefaultTheme = Input.DefaultTheme,
                ContactLine = Input.ContactLine?.Trim() ?? "",
                Organiser = Input.Organiser?.Trim() ?? "",
                IcpNumber = Input.IcpNumber?.Trim() ?? "",
            },
            User.Identity!.Name!,
            HttpContext.RequestAborted);
        StatusMessage = text["Settings.Saved"];
        return RedirectToPage();
    }

    public sealed class SettingsInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.SiteName")]
        public string SiteName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Field.DefaultTheme")]
        public string DefaultTheme { get; set; } = "";

        [StringLength(500, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.ContactLine")]
        public string? ContactLine { get; set; }

        [StringLength(200, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Organiser")]
        public string? Organiser { get; set; }

        [StringLength(100, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.IcpNumber")]
        public string? IcpNumber { get; set; }
    }
}
