using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Security;

namespace Showcase.Themes.Admin.Pages.Admin;

/// <summary>The admin home: the user's menus, as cards, and the installed modules and themes.</summary>
[Authorize(Policy = nameof(CorePermissions.AccessAdmin))]
public sealed class DashboardModel(AdminNavigation navigation, ModuleCatalog catalog, IStringLocalizerFactory localizers) : PageModel
{
    public IReadOnlyList<AdminMenuGroup> Groups { get; private set; } = [];

    public IReadOnlyList<ModuleDescriptor> Modules => catalog.Modules;

    public async Task OnGetAsync() => Groups = await navigation.BuildAsync(User);

    /// <summary>The module's name and description in the request's language, from the resources its manifest names.</summary>
    public (string Name, string Description) Describe(ModuleDescriptor module)
    {
        if (module.Resources is null)
        {
            return (module.Name, module.Description);
        }

        var text = localizers.Create(module.Resources);
        var name = text["Manifest.Name"];
        var description = text["Manifest.Description"];
        return (name.ResourceNotFound ? module.Name : name.Value, description.ResourceNotFound ? module.Description : description.Value);
    }
}
