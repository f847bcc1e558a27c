using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Security;
using Showcase.Core.Data;
using Showcase.Core.Identity;

namespace Showcase.Core.Pages.Admin.Users;

[Authorize(Policy = nameof(CorePermissions.ManageUsers))]
public sealed class UsersIndexModel(CoreDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(HttpContext.RequestAborted);
        var roles = await (
            from link in db.UserRoles
            join role in db.Roles on link.RoleId equals role.Id
            select new { link.UserId, role.Name }).ToListAsync(HttpContext.RequestAborted);
        var rolesOf = roles.ToLookup(r => r.UserId, r => r.Name!);
        var now = clock.GetUtcNow();
        Rows = users.Select(u => new UserRow(
            u.Id,
            u.UserName ?? "",
            u.DisplayName,
            u.UnitCode,
            rolesOf[u.Id].Order(StringComparer.Ordinal).ToList(),
            u.LockoutEnd > now,
            u.PasswordHash is not null,
            u.MustChangePassword)).ToList();
    }

    public sealed record UserRow(string Id, string UserName, string DisplayName, string UnitCode, IReadOnlyList<string> Roles, bool IsLocked, bool HasPassword, bool MustChangePassword);
}
