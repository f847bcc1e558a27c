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

/// <summary>An administrator edits a user: profile and roles, a temporary password (shown once), lock and unlock.</summary>
[Authorize(Policy = nameof(CorePermissions.ManageUsers))]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class EditUserModel(UserManager<ShowcaseUser> users, UserUnits units, IStringLocalizer<SharedText> text, TimeProvider clock, IAuditLog? audit = null) : PageModel
{
    private ShowcaseUser _user = null!;

    [BindProperty]
    public UserFieldsInput Input { get; set; } = new();

    public string UserName => _user.UserName ?? "";

    public bool IsLocked => _user.LockoutEnd > clock.GetUtcNow();

    public bool HasPassword => _user.PasswordHash is not null;

    public bool MustChangePassword => _user.MustChangePassword;

    public string? NewPassword { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new UserFieldsInput { DisplayName = _user.DisplayName, UnitCode = _user.UnitCode, Roles = [.. await users.GetRolesAsync(_user)] };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var wanted = Input.Roles.Distinct().ToList();
        if (wanted.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
        {
            ModelState.AddModelError("Input.Roles", text["Users.UnknownRole", unknown]);
        }

        if (!await units.IsKnownAsync(Input.UnitCode, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("Input.UnitCode", text["Users.UnknownUnit", Input.UnitCode!.Trim()]);
        }

        var current = await users.GetRolesAsync(_user);
        if (current.Contains(Roles.Administrator) && !wanted.Contains(Roles.Administrator)
            && (await users.GetUsersInRoleAsync(Roles.Administrator)).Count == 1)
        {
            ModelState.AddModelError(string.Empty, text["Users.LastAdministrator"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        _user.DisplayName = Input.DisplayName.Trim();
        _user.UnitCode = Input.UnitCode?.Trim() ?? "";
        IdentityResults.ThrowIfFailed(await users.UpdateAsync(_user), $"update {UserName}");
        var remove = current.Except(wanted).ToList();
        var add = wanted.Except(current).ToList();
        if (remove.Count > 0)
        {
            IdentityResults.ThrowIfFailed(await users.RemoveFromRolesAsync(_user, remove), $"change the roles of {UserName}");
        }

        if (add.Count > 0)
        {
            IdentityResults.ThrowIfFailed(await users.AddToRolesAsync(_user, add), $"change the roles of {UserName}");
        }

        if (remove.Count + add.Count > 0)
        {
            // Signed-in sessions pick up the new roles at their next check.
            await users.UpdateSecurityStampAsync(_user);
        }

        await AuditAsync("user.update", $"roles: {string.Join(",", wanted)}; unit: {_user.UnitCode}; displayName: {_user.DisplayName}");
        StatusMessage = text["Users.Saved"];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var password = TemporaryPassword.Generate(users.Options.Password);
        if (HasPassword)
        {
            IdentityResults.ThrowIfFailed(await users.RemovePasswordAsync(_user), $"remove the password of {UserName}");
        }

        IdentityResults.ThrowIfFailed(await users.AddPasswordAsync(_user, password), $"set a temporary password for {UserName}");
        _user.MustChangePassword = true;
        IdentityResults.ThrowIfFailed(await users.UpdateAsync(_user), $"update {UserName}");
        await AuditAsync("user.temporary-password", "");
        NewPassword = password;
        await FillInputAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostLockAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (_user.Id == users.GetUserId(User))
        {
            await FillInputAsync();
            ModelState.AddModelError(string.Empty, text["Users.CannotLockSelf"]);
            return Page();
        }

        await users.SetLockoutEnabledAsync(_user, true);
        IdentityResults.ThrowIfFailed(await users.SetLockoutEndDateAsync(_user, DateTimeOffset.MaxValue), $"lock {UserName}");
        await users.UpdateSecurityStampAsync(_user);
        await AuditAsync("user.lock", "");
        StatusMessage = text["Users.LockedNow"];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        IdentityResults.ThrowIfFailed(await users.SetLockoutEndDateAsync(_user, null), $"unlock {UserName}");
        await users.ResetAccessFailedCountAsync(_user);
        await AuditAsync("user.unlock", "");
        StatusMessage = text["Users.UnlockedNow"];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return false;
        }

        _user = user;
        return true;
    }

    private async Task FillInputAsync()
    {
        ModelState.Clear();
        Input = new UserFieldsInput { DisplayName = _user.DisplayName, UnitCode = _user.UnitCode, Roles = [.. await users.GetRolesAsync(_user)] };
    }

    private Task AuditAsync(string action, string details) =>
        audit?.WriteAsync(User.Identity!.Name!, action, $"user/{UserName}", details, HttpContext.RequestAborted) ?? Task.CompletedTask;
}
