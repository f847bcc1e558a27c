using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Localization;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Security;
using Showcase.Core.Identity;
using Showcase.Core.Localization;

namespace Showcase.Core.Settings;

internal sealed class SettingsAdminMenu(IStringLocalizer<SharedText> text) : IAdminMenu
{
    public void Build(AdminMenuBuilder menu) =>
        menu.Add(text["Menu.System"], text["Menu.Settings"], "/admin/settings", CorePermissions.ManageSettings.Name, position: 910);
}
