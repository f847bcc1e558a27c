using Microsoft.AspNetCore.Authorization;
using Showcase.Evaluations.Judging;
using Showcase.Organizations.Services;

namespace Showcase.Evaluations.Pages.Judging;

/// <summary><c>/judging</c>: the rounds a judge sits on and the entries on their panels, with their progress.</summary>
[Authorize(Policy = "ScoreEntries")]
public sealed class IndexModel(JudgeWorkspace workspace, IOrganizationDirectory organizations) : EvaluationsAdminPageModel
{
    public IReadOnlyList<JudgeAssignment> Assignments { get; private set; } = [];

    public OrganizationTree Tree { get; private set; } = OrganizationTree.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Assignments = await workspace.AssignmentsAsync(UserName, cancellationToken);
        Tree = await organizations.GetTreeAsync(cancellationToken);
    }

    public string UnitName(string code) => code.Length == 0 ? "" : Tree.Find(code)?.Name ?? code;
}
