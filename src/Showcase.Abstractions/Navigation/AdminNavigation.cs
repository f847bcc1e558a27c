using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Showcase.Abstractions.Navigation;

namespace Showcase.Abstractions.Navigation;

/// <summary>One group of the admin navigation, e.g. "System" with Users and Settings.</summary>
public sealed record AdminMenuGroup(string Name, IReadOnlyList<AdminMenuItem> Items);

/// <summary>
/// The admin navigation of one request: every module's <see cref="IAdminMenu"/> entries that the
/// user's permissions allow, grouped, groups and entries ordered by position then text.
/// </summary>
public sealed class AdminNavigation(IEnumerable<IAdminMenu> menus, IAuthorizationService authorization)
{
    private IReadOnlyList<AdminMenuGroup>? _built;

    public async Task<IReadOnlyList<AdminMenuGroup>> BuildAsync(ClaimsPrincipal user)
    {
        if (_built is not null)
        {
            return _built;
        }

        var builder = new AdminMenuBuilder();
        foreach (var menu in menus)
        {
            menu.Build(builder);
        }

        var allowed = new List<AdminMenuItem>();
        foreach (var item in builder.Items)
        {
            if (item.Permission is null
                ? user.Identity?.IsAuthenticated == true
                : (await authorization.AuthorizeAsync(user, item.Permission)).Succeeded)
            {
                allowed.Add(item);
            }
        }

        _built = allowed
            .GroupBy(i => i.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Min(i => i.Position))
            .ThenBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new AdminMenuGroup(g.Key, g.OrderBy(i => i.Position).ThenBy(i => i.Text, StringComparer.CurrentCulture).ToList()))
            .ToList();
        return _built;
    }
}
