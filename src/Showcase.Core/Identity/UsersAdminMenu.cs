using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Localization;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Security;
using Showcase.Core.Localization;

namespace Showcase.Core.Identity;

internal sealed class UsersAdminMenu(IStringLocalizer<SharedText> text) : IAdminMenu
{
    public void Build(AdminMenuBuilder menu) =>
        menu.Add(text["Menu.System"], text["Menu.Users"], "/admin/users", CorePermissions.ManageUsers.Name, position: 900);
}
