using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Localization;
using Showcase.Abstractions.Security;
using Showcase.Core.Hosting;
using Showcase.Core.Identity;
using Showcase.Core.Localization;

namespace Showcase.Core.Pages.Account;

/// <summary>A user changes their own password; after a temporary one, this is the only page they can reach.</summary>
[Authorize]
public sealed class ChangePasswordModel(
    UserManager<ShowcaseUser> users,
    SignInManager<ShowcaseUser> signIn,
    IStringLocalizer<SharedText> text,
    IOptions<ShowcaseOptions> showcase,
    IAuditLog? audit = null) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public int MinimumLength => users.Options.Password.RequiredLength;

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (Input.NewPassword == Input.CurrentPassword)
        {
            ModelState.AddModelError("Input.NewPassword", text["ChangePassword.MustDiffer"]);
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword", error.Description);
            }

            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        if (user.UserName == FirstAdministratorStartupTask.UserName)
        {
            // The first password has served its purpose; do not leave it lying in the data folder.
            System.IO.File.Delete(FirstAdministratorStartupTask.PasswordFile(showcase.Value));
        }

        if (audit is not null)
        {
            await audit.WriteAsync(user.UserName!, "user.password-changed", $"user/{user.UserName}", "", HttpContext.RequestAborted);
        }

        StatusMessage = text["ChangePassword.Done"];
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
    }

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.CurrentPassword")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.NewPassword")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "Validation.PasswordsDiffer")]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }
}
