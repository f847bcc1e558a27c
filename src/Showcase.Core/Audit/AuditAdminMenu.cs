using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Localization;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Security;

namespace Showcase.Core.Audit;

internal sealed class AuditAdminMenu(IStringLocalizer<SharedText> text) : IAdminMenu
{
    public void Build(AdminMenuBuilder menu) =>
        menu.Add(text["Menu.System"], text["Menu.Audit"], "/admin/audit", CorePermissions.ViewAuditLog.Name, position: 920);
}
