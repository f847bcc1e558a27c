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

namespace Showcase.Core.Pages.Admin.Users;

/// <summary>Creates a user with a temporary password, shown once; the user must change it at first sign-in.</summary>
[Authorize(Policy = nameof(CorePermissions.ManageUsers))]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CreateUserModel(UserManager<ShowcaseUser> users, UserUnits units, IStringLocalizer<SharedText> text, IAuditLog? audit = null) : PageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public (string UserName, string Password)? Created { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var roles = Input.Fields.Roles.Distinct().ToList();
        if (roles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
        {
            ModelState.AddModelError("Input.Fields.Roles", text["Users.UnknownRole", unknown]);
        }

        if (!await units.IsKnownAsync(Input.Fields.UnitCode, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("Input.Fields.UnitCode", text["Users.UnknownUnit", Input.Fields.UnitCode!.Trim()]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new ShowcaseUser
        {
            UserName = Input.UserName.Trim(),
            DisplayName = Input.Fields.DisplayName.Trim(),
            UnitCode = Input.Fields.UnitCode?.Trim() ?? "",
            MustChangePassword = true,
        };
        var password = TemporaryPassword.Generate(users.Options.Password);
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.UserName" : string.Empty, error.Description);
            }

            return Page();
        }

        if (roles.Count > 0)
        {
            IdentityResults.ThrowIfFailed(await users.AddToRolesAsync(user, roles), $"give roles to {user.UserName}");
        }

        if (audit is not null)
        {
            await audit.WriteAsync(User.Identity!.Name!, "user.create", $"user/{user.UserName}",
                $"roles: {string.Join(",", roles)}; unit: {user.UnitCode}", HttpContext.RequestAborted);
        }

        Created = (user.UserName, password);
        return Page();
    }

    public sealed class CreateUserInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(256, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.UserName")]
        public string UserName { get; set; } = "";

        public UserFieldsInput Fields { get; set; } = new();
    }
}
