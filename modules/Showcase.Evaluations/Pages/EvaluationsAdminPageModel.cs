using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Pages;

/// <summary>What the module's admin-theme pages share: the acting user's name, the texts, and how a refusal is shown.</summary>
public abstract class EvaluationsAdminPageModel : PageModel
{
    protected IStringLocalizer<EvaluationsAdminText> Text => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<EvaluationsAdminText>>();

    /// <summary>The signed-in user's name: the id judges, editors and managers have in the module's rows.</summary>
    protected string UserName => User.Identity?.Name ?? "";

    /// <summary>The refusal of the last POST, shown at the top of the page.</summary>
    public string? Problem { get; protected set; }

    /// <summary>The service's own words for it (it names the criterion, the value and what is allowed).</summary>
    public string? ProblemDetail { get; protected set; }

    /// <summary>The HTTP status a refusal is answered with: 404 for what does not exist, 403 for what is not the user's, 409 for the wrong moment, else 422.</summary>
    public static int StatusOf(string reason) => reason switch
    {
        RefusalReasons.RoundNotFound or RefusalReasons.EntryNotFound or RefusalReasons.StageNotFound or RefusalReasons.ObjectionNotFound => StatusCodes.Status404NotFound,
        RefusalReasons.NotAssigned or RefusalReasons.ConflictedJudge or RefusalReasons.NotOwnCommunity => StatusCodes.Status403Forbidden,
        RefusalReasons.StageNotOpen or RefusalReasons.WrongState or RefusalReasons.InvalidTransition or RefusalReasons.KeyReused
            or RefusalReasons.AlreadyEntered or RefusalReasons.UnresolvedBoundaryTie or RefusalReasons.OpenObjections => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    /// <summary>The refusal in the user's language (the reason code itself when no text is written for it).</summary>
    protected string RefusalText(string reason) =>
        Text["Refusal." + reason] is { ResourceNotFound: false } text ? text.Value : Text["Refusal.Other", reason].Value;

    /// <summary>Redirects back (POST, then GET) with a line for the status bar of the layout.</summary>
    protected IActionResult Done(string message, string url)
    {
        TempData["StatusMessage"] = message;
        return Redirect(url);
    }

    /// <summary>Shows the page again with the refusal at the top, answered with the refusal's status.</summary>
    protected async Task<IActionResult> RefusedAsync(EvaluationRefusedException refusal, Func<Task> reload)
    {
        Problem = RefusalText(refusal.Reason);
        ProblemDetail = refusal.Message;
        await reload();
        var page = Page();
        Response.StatusCode = StatusOf(refusal.Reason);
        return page;
    }
}
