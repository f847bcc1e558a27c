using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Scoring;
using Showcase.Scoring.Ledger;

namespace Showcase.Evaluations.Pages.Admin.Rounds;

/// <summary>
/// <c>/admin/rounds/{code}</c>: the round's state and schedule, moves by hand with a reason, its options, boundary-tie
/// decisions, why FINAL is refused while it is, the audit of its moves, and the button that re-checks the ledger.
/// </summary>
public sealed class RoundModel(RoundAdministration rounds, DecisionService decisions, ResultsService results, RoundStore store) : RoundPageModel
{
    public override string Tab => "overview";

    /// <summary>Why the round cannot become FINAL now (asked once scoring is closed); null when nothing blocks it.</summary>
    public string? FinalBlocker { get; private set; }

    public IReadOnlyList<RoundTransition> Transitions { get; private set; } = [];

    /// <summary>The answer of the "verify ledger" button, when it was pressed.</summary>
    public LedgerVerification? Verification { get; private set; }

    public IReadOnlyList<RoundState> Moves => [.. Enum.GetValues<RoundState>().Where(s => RoundLifecycle.CanMove(Round.State, s))];

    public string? NextStage
    {
        get
        {
            var at = Snapshot.Stages.ToList().FindIndex(s => s.Key == Round.OpenStage);
            return Round.State == RoundState.Scoring && at >= 0 && at < Snapshot.Stages.Count - 1 ? Snapshot.Stages[at + 1].Title : null;
        }
    }

    protected override async Task LoadPageAsync(CancellationToken cancellationToken)
    {
        if (Round.State is RoundState.Closed or RoundState.PublicNotice)
        {
            FinalBlocker = (await rounds.FinalBlockerAsync(Round, cancellationToken))?.Message;
        }

        Transitions = await store.Db.Transitions.AsNoTracking().Where(t => t.RoundId == Round.Id).OrderByDescending(t => t.Id).Take(20).ToListAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostMoveAsync([FromForm] string? to, [FromForm] string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(
            () => RoundStateNames.TryParse(to ?? "", out var target)
                ? rounds.MoveAsync(UserName, Code, target, reason ?? "", cancellationToken)
                : throw new EvaluationRefusedException(RefusalReasons.InvalidTransition, $"'{to}' is not a round state."),
            Text["Round.Moved", Text["State." + (to ?? "")]],
            RoundUrl(),
            cancellationToken);

    public Task<IActionResult> OnPostNextStageAsync([FromForm] string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(() => rounds.OpenNextStageAsync(UserName, Code, reason ?? "", cancellationToken), Text["Round.NextStageOpened"], RoundUrl(), cancellationToken);

    public Task<IActionResult> OnPostReopenAsync([FromForm] string? stage, [FromForm] string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(() => rounds.ReopenStageAsync(UserName, Code, stage ?? "", reason ?? "", cancellationToken), Text["Round.Reopened"], RoundUrl(), cancellationToken);

    public Task<IActionResult> OnPostOptionsAsync([FromForm] bool liveDisplay, [FromForm] bool blindMode, CancellationToken cancellationToken) =>
        ChangeAsync(() => rounds.SetOptionsAsync(UserName, Code, liveDisplay, blindMode, cancellationToken), Text["Round.OptionsSaved"], RoundUrl(), cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(
        [FromForm] string? applicationsOpen, [FromForm] string? scoringOpen, [FromForm] string? scoringClose, [FromForm] string? publicNotice, [FromForm] int? noticeDays,
        CancellationToken cancellationToken) =>
        ChangeAsync(
            () => rounds.SetScheduleAsync(UserName, Code, new RoundSchedule(Time(applicationsOpen), Time(scoringOpen), Time(scoringClose), Time(publicNotice), noticeDays), cancellationToken),
            Text["Round.ScheduleSaved"],
            RoundUrl(),
            cancellationToken);

    /// <summary>Records the order of the entries tied at a band's edge; the rules refuse an order that is not exactly the tied block.</summary>
    public Task<IActionResult> OnPostDecideAsync([FromForm] string? band, [FromForm] string? order, [FromForm] string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(
            () => decisions.RecordAsync(UserName, Code, band ?? "", Codes(order), reason ?? "", cancellationToken),
            Text["Round.Decided", band ?? ""],
            RoundUrl(),
            cancellationToken);

    /// <summary>Re-checks the stored ledger chain (a read: anyone who may see the round may ask).</summary>
    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        if (!await LoadRoundAsync(cancellationToken))
        {
            return NotFound();
        }

        Verification = await results.VerifyLedgerAsync(Code, cancellationToken);
        await LoadPageAsync(cancellationToken);
        return Page();
    }

    public static IReadOnlyList<string> Codes(string? text) =>
        [.. (text ?? "").Split([',', ' ', '，', '、', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>A <c>datetime-local</c> value read as China Standard Time; empty for none.</summary>
    private static DateTimeOffset? Time(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromHours(8))
            : null;

    public IReadOnlyList<BoundaryTie> Ties => Live.Standings.BoundaryTies;
}
