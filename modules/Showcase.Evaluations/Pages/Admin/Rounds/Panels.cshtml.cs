using Microsoft.AspNetCore.Mvc;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Panels;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Pages.Admin.Rounds;

/// <summary>
/// <c>/admin/rounds/{code}/panels</c>: the judges of each stage and how they meet the entries. A balanced assignment is
/// first shown as a preview (a GET: nothing is stored); committing recomputes it from the same k and cap — the
/// assignment is deterministic — and the service checks it against the round as it is then. Seats changed by hand are audited.
/// </summary>
public sealed class PanelsModel(PanelService panels, IJudgeDirectory judges) : RoundPageModel
{
    public override string Tab => "panels";

    [FromQuery(Name = "preview")]
    public string? PreviewStage { get; set; }

    [FromQuery(Name = "k")]
    public int K { get; set; } = 3;

    [FromQuery(Name = "cap")]
    public int? Cap { get; set; }

    public AssignmentPreview? Preview { get; private set; }

    public IReadOnlyDictionary<string, JudgeInfo> Judges { get; private set; } = new Dictionary<string, JudgeInfo>();

    public IReadOnlyList<Entry> Accepted => [.. Snapshot.Entries.Where(e => e.Status == EntryStatus.Accepted)];

    protected override async Task LoadPageAsync(CancellationToken cancellationToken)
    {
        Judges = await judges.FindAsync(Snapshot.Stages.SelectMany(s => s.Judges).Select(j => j.Judge), cancellationToken);
        if (PreviewStage is { Length: > 0 } stage && CanManage && Snapshot.Stage(stage) is not null)
        {
            try
            {
                Preview = await panels.PreviewAsync(Code, stage, K, Cap, cancellationToken);
            }
            catch (EvaluationRefusedException e)
            {
                Problem = RefusalText(e.Reason);
                ProblemDetail = e.Message;
            }
        }
    }

    public string JudgeName(string judge) => Judges.TryGetValue(judge, out var info) && info.DisplayName != judge ? $"{info.DisplayName} ({judge})" : judge;

    public bool IsSeated(Stage stage, string judge, string entry) => Snapshot.Seats.Any(s => s.StageId == stage.Id && s.Judge == judge && s.EntryCode == entry);

    public Task<IActionResult> OnPostJudgesAsync([FromForm] string? stage, [FromForm] string? judgeNames, CancellationToken cancellationToken) =>
        ChangeAsync(
            () => panels.SetJudgesAsync(UserName, Code, stage ?? "", RoundModel.Codes(judgeNames), cancellationToken),
            Text["Panels.JudgesSaved"],
            RoundUrl("panels"),
            cancellationToken);

    public Task<IActionResult> OnPostEveryJudgeAsync([FromForm] string? stage, CancellationToken cancellationToken) =>
        ChangeAsync(() => panels.UseEveryJudgeAsync(UserName, Code, stage ?? "", cancellationToken), Text["Panels.EveryJudgeSaved"], RoundUrl("panels"), cancellationToken);

    public Task<IActionResult> OnPostCommitAsync([FromForm] string? stage, [FromForm] int k, [FromForm] int? cap, CancellationToken cancellationToken) =>
        ChangeAsync(
            async () => await panels.CommitAsync(UserName, Code, stage ?? "", await panels.PreviewAsync(Code, stage ?? "", k, cap, cancellationToken), cancellationToken),
            Text["Panels.Committed"],
            RoundUrl("panels"),
            cancellationToken);

    public Task<IActionResult> OnPostSeatAsync([FromForm] string? stage, [FromForm] string? judge, [FromForm] string? entry, [FromForm] bool seated, [FromForm] string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(
            () => string.IsNullOrWhiteSpace(reason)
                ? throw new EvaluationRefusedException(RefusalReasons.ReasonRequired, "A seat changed by hand needs a reason.")
                : panels.SetSeatAsync(UserName, Code, stage ?? "", entry ?? "", judge ?? "", seated, reason, cancellationToken),
            Text["Panels.SeatSaved"],
            RoundUrl("panels"),
            cancellationToken);
}
