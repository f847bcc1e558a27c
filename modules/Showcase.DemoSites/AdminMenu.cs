using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Security;

namespace Showcase.DemoSites;

public sealed class AdminMenu(IStringLocalizer<DemoSitesText> text) : IAdminMenu
{
    public void Build(AdminMenuBuilder menu)
    {
        // Site editors hold no permission of their own (the access rule names them), so every staff member sees
        // the entry; the list shows each one the sites they may see.
        menu.Add(text["Menu.Content"], text["Menu.Sites"], "/admin/sites", CorePermissions.AccessAdmin.Name, position: 20);
    }
}
