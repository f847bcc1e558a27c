using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Showcase.Evaluations.Judging;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Organizations.Services;

namespace Showcase.Evaluations.Pages.Judging;

/// <summary>
/// <c>/judging/{round}/{entry}</c>: one scorecard beside the brand version the entry froze. Every handler first asks
/// <see cref="JudgeWorkspace"/> whether the judge may reach the entry (404 / 403 otherwise, before anything is stored).
/// A plain form POST works without script; the script posts the same fields with <c>Accept: application/json</c> and
/// gets JSON back, so that it can keep what failed to arrive and send it again with the same idempotency key.
/// </summary>
[Authorize(Policy = "ScoreEntries")]
public sealed class ScorecardModel(JudgeWorkspace workspace, ScorecardService scorecards, ConflictService conflicts, FrozenBrandReader brands, IOrganizationDirectory organizations)
    : EvaluationsAdminPageModel
{
    [FromRoute(Name = "round")]
    public string RoundCode { get; set; } = "";

    [FromRoute(Name = "entry")]
    public string EntryCode { get; set; } = "";

    public JudgeEntryView View { get; private set; } = new(JudgeAccess.NotFound);

    public Round Round => View.Round!;

    public Stage Stage => View.Stage!;

    public Entry Entry => View.Entry!;

    public FrozenBrand Brand { get; private set; } = null!;

    public string CommunityName { get; private set; } = "";

    public string DistrictName { get; private set; } = "";

    /// <summary>What each score field shows: what was just posted, else the draft, else the submitted scores.</summary>
    public Dictionary<string, string> Values { get; private set; } = new(StringComparer.Ordinal);

    public string Comment { get; private set; } = "";

    /// <summary>A fresh key for the form; a browser that posts the same form twice sends the same key.</summary>
    public string IdempotencyKey { get; private set; } = "";

    /// <summary>The criterion the refusal is about, to mark its field.</summary>
    public string? ProblemCriterion { get; private set; }

    public bool IsSubmitted => View.Card?.SubmittedJson is not null;

    public bool HasDraft => View.Card?.DraftJson is not null;

    public string StorageKey => $"showcase.scorecard.{RoundCode}.{Stage.Key}.{EntryCode}.{UserName}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        FillFromCard();
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync([FromForm] string? stage, [FromForm] string? idempotencyKey, [FromForm] string? comment, CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        var form = ScoreForm.Read(Request.Form);
        var submission = new ScorecardSubmission(RoundCode, stage ?? Stage.Key, EntryCode, UserName, form.Scores, idempotencyKey ?? "", comment ?? "");
        try
        {
            if (form.Unreadable.Count > 0)
            {
                var key = form.Unreadable[0];
                throw new ScorecardRefusedException(ScoreForm.NotANumber, $"{key} = '{form.Entered[key]}' is not a number.", key, form.Entered[key]);
            }

            var result = await scorecards.SubmitAsync(submission, cancellationToken);
            var message = Text[result.Kind == "amend" ? "Scorecard.Amended" : "Scorecard.Submitted", result.Revision, result.LedgerSequence].Value;
            if (WantsJson)
            {
                return new JsonResult(new { outcome = result.Outcome.ToString().ToLowerInvariant(), kind = result.Kind, revision = result.Revision, ledgerSequence = result.LedgerSequence, message });
            }

            return Done(message, PageUrl());
        }
        catch (EvaluationRefusedException e)
        {
            return ScoreRefused(e, form, comment ?? "");
        }
    }

    /// <summary>Keeps what the judge has typed so far (partial scores are fine; it never counts).</summary>
    public async Task<IActionResult> OnPostDraftAsync([FromForm] string? comment, CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        var form = ScoreForm.Read(Request.Form);
        try
        {
            await scorecards.SaveDraftAsync(RoundCode, Stage.Key, EntryCode, UserName, form.Scores, comment ?? "", cancellationToken);
        }
        catch (EvaluationRefusedException e)
        {
            return ScoreRefused(e, form, comment ?? "");
        }

        var message = Text["Scorecard.DraftSaved"].Value;
        return WantsJson ? new JsonResult(new { outcome = "draft", message }) : Done(message, PageUrl());
    }

    /// <summary>The judge declares a conflict with the entry: it leaves their list at once, and any scorecard they submitted for it is excluded.</summary>
    public async Task<IActionResult> OnPostDeclareAsync([FromForm] string? reason, CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        try
        {
            await conflicts.DeclareAsync(UserName, RoundCode, EntryCode, reason ?? "", cancellationToken);
        }
        catch (EvaluationRefusedException e)
        {
            return await RefusedAsync(e, () =>
            {
                FillFromCard();
                return Task.CompletedTask;
            });
        }

        return Done(Text["Scorecard.Declared", EntryCode].Value, "/judging");
    }

    public string PageUrl() => $"/judging/{RoundCode}/{EntryCode}";

    public bool Blind => Round.BlindMode;

    private bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads the page's data when the judge may reach the entry; otherwise the answer (404 or 403, JSON for the script).</summary>
    private async Task<IActionResult?> OpenAsync(CancellationToken cancellationToken)
    {
        View = await workspace.OpenAsync(UserName, RoundCode, EntryCode, cancellationToken);
        if (View.Access != JudgeAccess.Allowed)
        {
            var status = View.Access == JudgeAccess.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden;
            if (WantsJson || Request.Method == HttpMethods.Post)
            {
                // A POST is answered in words too (the script shows them; a test reads them); nothing was stored.
                var message = Text["Access." + View.Access].Value;
                return WantsJson
                    ? new JsonResult(new { outcome = "refused", reason = ReasonOf(View.Access), message }) { StatusCode = status }
                    : new ContentResult { StatusCode = status, ContentType = "text/plain; charset=utf-8", Content = message };
            }

            return StatusCode(status);
        }

        Brand = await brands.ReadAsync(Entry, cancellationToken);
        var tree = await organizations.GetTreeAsync(cancellationToken);
        CommunityName = tree.Find(Entry.CommunityCode)?.Name ?? Entry.CommunityCode;
        DistrictName = tree.Find(Entry.DistrictCode)?.Name ?? Entry.DistrictCode;
        IdempotencyKey = Guid.NewGuid().ToString("N");
        return null;
    }

    /// <summary>The same reason codes the services refuse with, so the script reads one vocabulary.</summary>
    private static string ReasonOf(JudgeAccess access) => access switch
    {
        JudgeAccess.NotFound => RefusalReasons.EntryNotFound,
        JudgeAccess.Conflicted => RefusalReasons.ConflictedJudge,
        _ => RefusalReasons.NotAssigned,
    };

    private void FillFromCard()
    {
        var card = View.Card;
        var json = card?.DraftJson ?? card?.SubmittedJson;
        if (json is not null)
        {
            foreach (var (key, value) in ScoresJson.Read(json))
            {
                Values[key] = Display.Number(value);
            }
        }

        Comment = card?.Comment ?? "";
    }

    private IActionResult ScoreRefused(EvaluationRefusedException refusal, ScoreForm form, string comment)
    {
        var e = refusal as ScorecardRefusedException ?? new ScorecardRefusedException(refusal.Reason, refusal.Message);
        var criterion = e.Criterion is { } key ? Stage.Criteria.FirstOrDefault(c => c.Key == key) : null;
        var title = criterion?.Title ?? e.Criterion ?? "";
        var max = criterion is null ? "" : Display.Number(criterion.Max);
        var step = criterion is null ? "" : Display.Number(criterion.Step);
        var message = e.Reason switch
        {
            RefusalReasons.AboveMaximum => Text["Score.AboveMaximum", title, e.Value ?? "", max, step].Value,
            RefusalReasons.BelowZero => Text["Score.BelowZero", title, e.Value ?? "", max, step].Value,
            RefusalReasons.OffStep => Text["Score.OffStep", title, e.Value ?? "", max, step].Value,
            RefusalReasons.MissingCriterion => Text["Score.Missing", title, e.Value ?? "", max, step].Value,
            RefusalReasons.UnknownCriterion => Text["Score.Unknown", title, e.Value ?? "", max, step].Value,
            ScoreForm.NotANumber => Text["Score.NotANumber", title, e.Value ?? "", max, step].Value,
            RefusalReasons.StageNotOpen => Text["Score.StageNotOpen", e.Value ?? ""].Value,
            _ => RefusalText(e.Reason),
        };
        var status = e.Reason == ScoreForm.NotANumber ? StatusCodes.Status422UnprocessableEntity : StatusOf(e.Reason);
        if (WantsJson)
        {
            return new JsonResult(new { outcome = "refused", reason = e.Reason, criterion = e.Criterion, value = e.Value, message, detail = e.Message }) { StatusCode = status };
        }

        Problem = message;
        ProblemDetail = e.Message;
        ProblemCriterion = e.Criterion;
        foreach (var (field, text) in form.Entered)
        {
            Values[field] = text;
        }

        Comment = comment;
        Response.StatusCode = status;
        return Page();
    }
}
