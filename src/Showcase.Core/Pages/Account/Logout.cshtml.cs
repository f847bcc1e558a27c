using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Showcase.Abstractions.Content;
using Showcase.Core.Identity;

namespace Showcase.Core.Pages.Account;

/// <summary>Signing out is a POST (a link cannot sign anyone out); GET shows the button.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<ShowcaseUser> signIn, IAuditLog? audit = null) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            var name = User.Identity.Name ?? "";
            await signIn.SignOutAsync();
            if (audit is not null)
            {
                await audit.WriteAsync(name, "user.sign-out", $"user/{name}", "", HttpContext.RequestAborted);
            }
        }

        return LocalRedirect("/");
    }
}
