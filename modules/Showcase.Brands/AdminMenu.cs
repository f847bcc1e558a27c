using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Navigation;

namespace Showcase.Brands;

public sealed class AdminMenu(IStringLocalizer<BrandsText> text) : IAdminMenu
{
    public void Build(AdminMenuBuilder menu)
    {
        menu.Add(text["Menu.Content"], text["Menu.Brands"], "/admin/brands", Permissions.ViewBrandDrafts.Name, position: 10);
    }
}
