using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Notice;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Pages.Admin.Objections;

/// <summary>
/// <c>/admin/rounds/{code}/objections</c>: managers handle the objections to a round's published results: dismiss one
/// with a reason, or uphold it (the round goes back to SCORING with the stage reopened), with a reason. Also shows when
/// the round becomes FINAL by itself: after the notice period, once no objection is open.
/// </summary>
[Authorize(Policy = nameof(Permissions.ManageRounds))]
public sealed class IndexModel(IRoundDirectory rounds, ObjectionReader objections, ObjectionService service, PublicNoticeReader notices, IStringLocalizer<NoticeText> text) : PageModel
{
    public RoundSummary Round { get; private set; } = null!;

    public IReadOnlyList<Objection> Objections { get; private set; } = [];

    /// <summary>The published notice, while the round is in PUBLIC_NOTICE or FINAL.</summary>
    public PublicNotice? Notice { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostDismissAsync(string code, string reference, string? reason, CancellationToken cancellationToken) =>
        ResolveAsync(code, reference, reason, uphold: false, cancellationToken);

    public Task<IActionResult> OnPostUpholdAsync(string code, string reference, string? reason, CancellationToken cancellationToken) =>
        ResolveAsync(code, reference, reason, uphold: true, cancellationToken);

    private async Task<IActionResult> ResolveAsync(string code, string reference, string? reason, bool uphold, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        if (Objections.All(o => o.Reference != reference))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError("reason-" + reference, text["Admin.ReasonRequired"]);
            return Page();
        }

        var actor = User.Identity?.Name ?? "";
        try
        {
            if (uphold)
            {
                await service.UpholdAsync(actor, reference, reason.Trim(), cancellationToken);
            }
            else
            {
                await service.DismissAsync(actor, reference, reason.Trim(), cancellationToken);
            }
        }
        catch (EvaluationRefusedException e)
        {
            ModelState.AddModelError("", e.Message);
            await LoadAsync(code, cancellationToken);
            return Page();
        }

        StatusMessage = text[uphold ? "Admin.Upheld" : "Admin.Dismissed", reference];
        return Redirect($"/admin/rounds/{Uri.EscapeDataString(code)}/objections");
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(code, cancellationToken) is not { } round || await objections.ListAsync(code, cancellationToken) is not { } list)
        {
            return false;
        }

        Round = round;
        Objections = list;
        Notice = await notices.FindAsync(code, cancellationToken);
        return true;
    }
}
