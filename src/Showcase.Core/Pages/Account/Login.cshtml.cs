using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Localization;
using Showcase.Abstractions.Security;
using Showcase.Core.Identity;
using Showcase.Core.Localization;

namespace Showcase.Core.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(
    SignInManager<ShowcaseUser> signIn,
    IStringLocalizer<SharedText> text,
    IAuditLog? audit = null) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userName = Input.UserName.Trim();
        var result = await signIn.PasswordSignInAsync(userName, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await AuditAsync(userName, "user.sign-in");
            var user = await signIn.UserManager.FindByNameAsync(userName);
            var target = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin";
            return user?.MustChangePassword == true
                ? LocalRedirect($"{ForcedPasswordChangeMiddleware.ChangePasswordPath}?returnUrl={Uri.EscapeDataString(target)}")
                : LocalRedirect(target);
        }

        // The audit log tells a lockout apart; the page does not, or anyone could learn which names exist by
        // trying five wrong passwords: a locked account and an unknown name read the same.
        await AuditAsync(userName, result.IsLockedOut ? "user.locked-out" : "user.sign-in-failed");
        ModelState.AddModelError(string.Empty, text["Login.Failed"]);

        return Page();
    }

    private Task AuditAsync(string userName, string action) =>
        audit?.WriteAsync(userName, action, $"user/{userName}", HttpContext.Connection.RemoteIpAddress?.ToString() ?? "", HttpContext.RequestAborted) ?? Task.CompletedTask;

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(256, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.UserName")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Field.RememberMe")]
        public bool RememberMe { get; set; }
    }
}
