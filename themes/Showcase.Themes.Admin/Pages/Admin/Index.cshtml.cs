using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Security;

namespace Showcase.Themes.Admin.Pages.Admin;

/// <summary>The admin home: the user's menus, as cards, and the installed modules and themes.</summary>
[Authorize(Policy = nameof(CorePermissions.AccessAdmin))]
public sealed class DashboardModel(AdminNavigation navigation, ModuleCatalog catalog) : PageModel
{
    public IReadOnlyList<AdminMenuGroup> Groups { get; private set; } = [];

    public IReadOnlyList<ModuleDescriptor> Modules => catalog.Modules;

    public async Task OnGetAsync() => Groups = await navigation.BuildAsync(User);
}
