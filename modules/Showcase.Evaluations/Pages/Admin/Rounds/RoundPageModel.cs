using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Security;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Pages.Admin.Rounds;

/// <summary>
/// What a round's admin pages share: the round's live results (read once per revision and shared), whether the user
/// may change it, and how a change is answered. Reading needs <c>ViewRoundResults</c>; every change <c>ManageRounds</c>.
/// </summary>
[Authorize(Policy = "ViewRoundResults")]
public abstract class RoundPageModel : EvaluationsAdminPageModel
{
    [FromRoute(Name = "code")]
    public string Code { get; set; } = "";

    public RoundResults Live { get; private set; } = null!;

    public RoundSnapshot Snapshot => Live.Snapshot;

    public Round Round => Snapshot.Round;

    public bool CanManage { get; private set; }

    /// <summary>The tab of the round's pages this page is.</summary>
    public abstract string Tab { get; }

    public string RoundUrl(string sub = "") => $"/admin/rounds/{Code}{(sub.Length > 0 ? "/" + sub : "")}";

    protected T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    /// <summary>Reads the round; false when there is none (answer 404).</summary>
    protected async Task<bool> LoadRoundAsync(CancellationToken cancellationToken)
    {
        if (await Service<IStandingsReader>().GetAsync(Code, cancellationToken) is not { } live)
        {
            return false;
        }

        Live = live;
        CanManage = await Service<IAuthorizationService>().HasPermissionAsync(User, Permissions.ManageRounds.Name);
        return true;
    }

    /// <summary>
    /// Runs a manager's change: 404 without the round, 403 without <c>ManageRounds</c>; a refusal shows the page again
    /// with the reason (and its status); success goes back to <paramref name="back"/> with <paramref name="message"/>.
    /// </summary>
    protected async Task<IActionResult> ChangeAsync(Func<Task> change, string message, string back, CancellationToken cancellationToken)
    {
        if (!await LoadRoundAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        try
        {
            await change();
        }
        catch (EvaluationRefusedException e)
        {
            return await RefusedAsync(e, async () =>
            {
                await LoadRoundAsync(cancellationToken);
                await LoadPageAsync(cancellationToken);
            });
        }

        return Done(message, back);
    }

    /// <summary>The page's own data beyond the round's results.</summary>
    protected virtual Task LoadPageAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadRoundAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadPageAsync(cancellationToken);
        return Page();
    }
}
