using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Navigation;

namespace Showcase.Evaluations;

public sealed class AdminMenu(IStringLocalizer<EvaluationsAdminText> text) : IAdminMenu
{
    public void Build(AdminMenuBuilder menu)
    {
        menu.Add(text["Menu.Evaluation"], text["Menu.Judging"], "/judging", Permissions.ScoreEntries.Name, position: 20);
        menu.Add(text["Menu.Evaluation"], text["Menu.Rounds"], "/admin/rounds", Permissions.ViewRoundResults.Name, position: 21);
        menu.Add(text["Menu.Evaluation"], text["Menu.Applications"], "/admin/applications", Permissions.ApplyToRounds.Name, position: 22);
    }
}
