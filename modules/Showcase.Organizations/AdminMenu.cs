using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Navigation;

namespace Showcase.Organizations;

public sealed class AdminMenu(IStringLocalizer<OrganizationsText> text) : IAdminMenu
{
    public void Build(AdminMenuBuilder menu) =>
        menu.Add(text["MenuGroup"], text["MenuTitle"], "/admin/organizations", Permissions.ManageOrganizations.Name, position: 10);
}
