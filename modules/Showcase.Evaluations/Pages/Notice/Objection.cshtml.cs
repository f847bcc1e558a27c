using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Showcase.Evaluations.Notice;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Pages.Notice;

/// <summary>
/// <c>/rounds/{code}/objection</c>: anyone lodges an objection to published results during the public notice (name,
/// contact, text), and is given a reference number. Lodging is rate-limited per client (<see cref="ObjectionRateLimit"/>);
/// a refused client is shown why, with 429. 404 outside the public notice.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ObjectionRateLimit.Name)]
public sealed class ObjectionModel(PublicNoticeReader reader, ObjectionService objections, IStringLocalizer<NoticeText> text) : PageModel
{
    public const int MaxName = 100;
    public const int MaxContact = 200;

    public PublicNotice Notice { get; private set; } = null!;

    [BindProperty]
    public ObjectionForm Input { get; set; } = new();

    /// <summary>Seconds to wait when the rate limiter refused this client; null otherwise.</summary>
    public int? RefusedFor { get; private set; }

    [TempData]
    public string? Reference { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        if (HttpContext.Items.TryGetValue(ObjectionRateLimit.RefusedKey, out var seconds))
        {
            RefusedFor = (int)seconds!;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        Require(nameof(ObjectionForm.Name), Input.Name, MaxName);
        Require(nameof(ObjectionForm.Contact), Input.Contact, MaxContact);
        Require(nameof(ObjectionForm.Text), Input.Text, ObjectionService.MaxTextLength);
        var stage = string.IsNullOrEmpty(Input.Stage) ? null : Input.Stage;
        if (stage is not null && Notice.Stages.All(s => s.Key != stage))
        {
            ModelState.AddModelError("Input.Stage", text["Objection.StageUnknown"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Reference = await objections.LodgeAsync(code, Input.Name!, Input.Contact!, Input.Text!, stage, cancellationToken);
        }
        catch (EvaluationRefusedException e) when (e.Reason == RefusalReasons.WrongState)
        {
            ModelState.AddModelError("", text["Objection.Closed"]);
            return Page();
        }

        return Redirect($"/rounds/{Uri.EscapeDataString(code)}/objection/received");
    }

    private void Require(string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError("Input." + field, text["Objection.Required"]);
        }
        else if (value.Trim().Length > max)
        {
            ModelState.AddModelError("Input." + field, text["Objection.TooLong", max]);
        }
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(code, cancellationToken) is not { InNotice: true } notice)
        {
            return false;
        }

        Notice = notice;
        return true;
    }
}
