using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Security;

namespace Showcase.Themes.Admin.Pages.Admin;

/// <summary>The admin home: the modules' cards for this user (what awaits them), their menus, and the installed modules and themes.</summary>
[Authorize(Policy = nameof(CorePermissions.AccessAdmin))]
public sealed class DashboardModel(AdminNavigation navigation, ModuleCatalog catalog, IEnumerable<IDashboardWidget> widgets, IStringLocalizerFactory localizers) : PageModel
{
    public IReadOnlyList<DashboardCard> Cards { get; private set; } = [];

    public IReadOnlyList<AdminMenuGroup> Groups { get; private set; } = [];

    public IReadOnlyList<ModuleDescriptor> Modules => catalog.Modules;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var cards = new List<DashboardCard>();
        foreach (var widget in widgets.OrderBy(w => w.Position))
        {
            if (await widget.BuildAsync(User, cancellationToken) is { } card)
            {
                cards.Add(card);
            }
        }

        Cards = cards;
        Groups = await navigation.BuildAsync(User);
    }

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
