using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Security;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Pages.Admin.Rounds;

/// <summary><c>/admin/rounds</c>: every round with its state and entries; managers start a new one as a draft.</summary>
[Authorize(Policy = "ViewRoundResults")]
public sealed class IndexModel(IRoundDirectory directory, RoundStore store, RoundAdministration rounds, IAuthorizationService authorization) : EvaluationsAdminPageModel
{
    public IReadOnlyList<RoundSummary> Rounds { get; private set; } = [];

    public IReadOnlyDictionary<string, int> EntryCounts { get; private set; } = new Dictionary<string, int>();

    public bool CanManage { get; private set; }

    [BindProperty]
    public string NewCode { get; set; } = "";

    [BindProperty]
    public string NewTitle { get; set; } = "";

    [BindProperty]
    public int NewYear { get; set; } = DateTime.UtcNow.Year;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>A new round starts as a DRAFT with one stage and one criterion, to be shaped on its definition page.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!await authorization.HasPermissionAsync(User, Permissions.ManageRounds.Name))
        {
            return Forbid();
        }

        var code = NewCode.Trim();
        try
        {
            if (await store.FindAsync(code, cancellationToken) is not null)
            {
                throw new EvaluationRefusedException(RefusalReasons.RoundExists, $"Round '{code}' exists already.");
            }

            if (code.Length is 0 or > 64 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new EvaluationRefusedException(RefusalReasons.InvalidDefinition, $"A round code is 1 to 64 letters, digits, '-' or '_': '{code}'.");
            }

            var stage = new StageInput("final", Text["Definition.DefaultStage"], [new CriterionInput("overall", Text["Definition.DefaultCriterion"], 100m, Step: 1m)], []);
            await rounds.SaveDefinitionAsync(UserName, new RoundInput(code, NewTitle.Trim().Length > 0 ? NewTitle.Trim() : code, NewYear, [stage]), cancellationToken);
        }
        catch (EvaluationRefusedException e)
        {
            return await RefusedAsync(e, () => LoadAsync(cancellationToken));
        }

        return Done(Text["Rounds.Created", code], $"/admin/rounds/{code}/definition");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Rounds = await directory.ListAsync(cancellationToken);
        EntryCounts = await store.Db.Entries.AsNoTracking()
            .Join(store.Db.Rounds, e => e.RoundId, r => r.Id, (e, r) => new { r.Code, e.Status })
            .Where(x => x.Status == EntryStatus.Accepted)
            .GroupBy(x => x.Code).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        CanManage = await authorization.HasPermissionAsync(User, Permissions.ManageRounds.Name);
    }
}
