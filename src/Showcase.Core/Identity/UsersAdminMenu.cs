using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Navigation;
using Showcase.Core.Localization;

namespace Showcase.Core.Identity;

internal sealed class UsersAdminMenu(IStringLocalizer<CoreText> text) : IAdminMenu
{
    public void Build(AdminMenuBuilder menu) =>
        menu.Add(text["Menu.System"], text["Menu.Users"], "/admin/users", CorePermissions.ManageUsers.Name, position: 900);
}
