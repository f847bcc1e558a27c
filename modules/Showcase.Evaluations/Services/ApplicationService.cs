using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Evaluations.Events;
using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Services;

/// <summary>
/// Applications: a community enters one of its published brands into an open round (once per round), freezing the
/// brand version; a manager accepts or rejects it with a reason; an accepted entry may be withdrawn (WITHDRAWN in the
/// results, its scorecards withdrawn in the ledger).
/// </summary>
public sealed class ApplicationService(IUnitOfWork work, RoundStore store, IEntryBrands brands, ConflictService conflicts, ScorecardService scorecards, IAuditLog audit)
{
    public Task<Entry> ApplyAsync(Applicant applicant, string roundCode, string brandCode, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            var round = await store.LockAsync(roundCode, ct);
            if (round.State != RoundState.ApplicationsOpen)
            {
                throw new EvaluationRefusedException(RefusalReasons.WrongState, $"Round '{roundCode}' is {round.State.ToName()}: applications are taken while it is APPLICATIONS_OPEN.");
            }

            var entry = await EnterCoreAsync(round, applicant, brandCode, null, EntryStatus.Applied, ct);
            await conflicts.RefreshImpliedCoreAsync(round, applicant.Name, ct);
            return entry;
        }, cancellationToken);

    /// <summary>Makes an entry (recipes give its code and status; applications get the next free code).</summary>
    /// <remarks>
    /// The caller refreshes the conflicts the organisation tree implies once it has entered what it enters: each refresh
    /// reads every entry and judge of the round, and doing it per entry made loading a round's entries quadratic.
    /// </remarks>
    internal async Task<Entry> EnterCoreAsync(Round round, Applicant applicant, string brandCode, string? code, EntryStatus status, CancellationToken cancellationToken)
    {
        var brand = await brands.FindPublishedAsync(brandCode, cancellationToken)
            ?? throw new EvaluationRefusedException(RefusalReasons.BrandNotPublished, $"Brand '{brandCode}' is not published: only a published brand can be entered.");
        if (!applicant.AnyCommunity && brand.CommunityCode != applicant.CommunityCode)
        {
            throw new EvaluationRefusedException(RefusalReasons.NotOwnCommunity, $"Brand '{brandCode}' belongs to community '{brand.CommunityCode}', not to '{applicant.CommunityCode}'.");
        }

        var db = store.Db;
        if (await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.RoundId == round.Id && e.BrandCode == brandCode, cancellationToken) is { } existing)
        {
            throw new EvaluationRefusedException(RefusalReasons.AlreadyEntered, $"Brand '{brandCode}' is already entered in round '{round.Code}' as '{existing.Code}'.");
        }

        if (code is null)
        {
            var codes = await db.Entries.AsNoTracking().Where(e => e.RoundId == round.Id).Select(e => e.Code).ToListAsync(cancellationToken);
            var n = codes.Count + 1;
            while (codes.Contains(code = "E" + n.ToString("00", CultureInfo.InvariantCulture)))
            {
                n++;
            }
        }

        var entry = new Entry
        {
            RoundId = round.Id,
            Code = code,
            BrandCode = brand.Code,
            BrandVersion = brand.Version,
            Title = brand.Title,
            CommunityCode = brand.CommunityCode,
            DistrictCode = brand.DistrictCode,
            Status = status,
            AppliedBy = applicant.Name,
            AppliedUtc = store.Now,
        };
        db.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(applicant.Name, "entry.apply", RoundAdministration.Target(round), $"{entry.Code}: brand {brand.Code} version {brand.Version} ({status})", cancellationToken);
        work.Raise(new RoundDefinitionChanged(round.Code, "entries", round.Revision));
        return entry;
    }

    public Task AcceptAsync(string actor, string roundCode, string entryCode, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, roundCode, entryCode, EntryStatus.Accepted, "", cancellationToken);

    public Task RejectAsync(string actor, string roundCode, string entryCode, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, roundCode, entryCode, EntryStatus.Rejected, reason, cancellationToken);

    /// <summary>Takes an accepted entry out of the round: it is WITHDRAWN in the results and its scorecards no longer count.</summary>
    public Task WithdrawAsync(string actor, string roundCode, string entryCode, string reason, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            RequireReason(reason);
            var round = await store.LockAsync(roundCode, ct);
            if (round.State is RoundState.PublicNotice or RoundState.Final)
            {
                throw new EvaluationRefusedException(RefusalReasons.WrongState, $"Round '{roundCode}' is {round.State.ToName()}: its entries can no longer be withdrawn.");
            }

            var entry = await FindEntryAsync(round, entryCode, ct);
            if (entry.Status != EntryStatus.Accepted)
            {
                throw new EvaluationRefusedException(RefusalReasons.WrongState, $"Entry '{entryCode}' is {entry.Status}: only an accepted entry can be withdrawn.");
            }

            entry.Status = EntryStatus.Withdrawn;
            entry.StatusReason = reason;
            await store.Db.SaveChangesAsync(ct);
            var cards = await store.Db.Scorecards.Where(c => c.RoundId == round.Id && c.EntryCode == entryCode && c.SubmittedJson != null && !c.IsExcluded).ToListAsync(ct);
            foreach (var card in cards.OrderBy(c => c.StageKey, StringComparer.Ordinal).ThenBy(c => c.Judge, StringComparer.Ordinal))
            {
                await scorecards.WithdrawCoreAsync(round, card, actor, "entry withdrawn: " + reason, ct);
            }

            await audit.WriteAsync(actor, "entry.withdraw", RoundAdministration.Target(round), $"{entryCode}: {reason}", ct);
            work.Raise(new RoundDefinitionChanged(round.Code, "entries", round.Revision));
        }, cancellationToken);

    private Task DecideAsync(string actor, string roundCode, string entryCode, EntryStatus status, string reason, CancellationToken cancellationToken) =>
        work.ExecuteAsync(async ct =>
        {
            if (status == EntryStatus.Rejected)
            {
                RequireReason(reason);
            }

            var round = await store.LockAsync(roundCode, ct);
            if (round.State is not (RoundState.Draft or RoundState.ApplicationsOpen or RoundState.Scoring))
            {
                throw new EvaluationRefusedException(RefusalReasons.WrongState, $"Round '{roundCode}' is {round.State.ToName()}: applications are decided before it closes.");
            }

            var entry = await FindEntryAsync(round, entryCode, ct);
            if (entry.Status != EntryStatus.Applied)
            {
                throw new EvaluationRefusedException(RefusalReasons.WrongState, $"Entry '{entryCode}' is {entry.Status}, not waiting for a decision.");
            }

            entry.Status = status;
            entry.StatusReason = reason;
            await store.Db.SaveChangesAsync(ct);
            await audit.WriteAsync(actor, status == EntryStatus.Accepted ? "entry.accept" : "entry.reject", RoundAdministration.Target(round), $"{entryCode}{(reason.Length > 0 ? ": " + reason : "")}", ct);
            work.Raise(new RoundDefinitionChanged(round.Code, "entries", round.Revision));
        }, cancellationToken);

    private async Task<Entry> FindEntryAsync(Round round, string entryCode, CancellationToken cancellationToken) =>
        await store.Db.Entries.FirstOrDefaultAsync(e => e.RoundId == round.Id && e.Code == entryCode, cancellationToken)
        ?? throw new EvaluationRefusedException(RefusalReasons.EntryNotFound, $"Round '{round.Code}' has no entry '{entryCode}'.");

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new EvaluationRefusedException(RefusalReasons.ReasonRequired, "A reason is required.");
        }
    }
}
