using Microsoft.AspNetCore.Mvc;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Pages.Admin.Rounds;

/// <summary>
/// <c>/admin/rounds/{code}/conflicts</c>: conflicts implied by the organisation tree, declared by judges, added by
/// managers. Adding one after the judge submitted takes that scorecard off the panel (an exclusion in the ledger).
/// </summary>
public sealed class ConflictsModel(ConflictService conflicts, IJudgeDirectory judges) : RoundPageModel
{
    public override string Tab => "conflicts";

    public IReadOnlyDictionary<string, JudgeInfo> Judges { get; private set; } = new Dictionary<string, JudgeInfo>();

    protected override async Task LoadPageAsync(CancellationToken cancellationToken) =>
        Judges = await judges.FindAsync(Snapshot.Stages.SelectMany(s => s.Judges).Select(j => j.Judge), cancellationToken);

    public string JudgeName(string judge) => Judges.TryGetValue(judge, out var info) && info.DisplayName != judge ? $"{info.DisplayName} ({judge})" : judge;

    public Task<IActionResult> OnPostAddAsync([FromForm] string? judge, [FromForm] string? entry, [FromForm] string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(() => conflicts.AddAsync(UserName, Code, judge ?? "", entry ?? "", reason ?? "", cancellationToken), Text["Conflicts.Added", judge ?? "", entry ?? ""], RoundUrl("conflicts"), cancellationToken);

    public Task<IActionResult> OnPostRefreshAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => conflicts.RefreshImpliedAsync(UserName, Code, cancellationToken), Text["Conflicts.Refreshed"], RoundUrl("conflicts"), cancellationToken);
}
