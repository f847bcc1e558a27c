using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Evaluations.Events;
using Showcase.Evaluations.Models;
using Showcase.Organizations.Services;
using Showcase.Scoring.Ledger;

namespace Showcase.Evaluations.Services;

/// <summary>
/// Conflicts of interest: implied by the organisation tree, declared by a judge, added by a manager. A conflict applies
/// to every stage of the round. One recorded after the judge submitted a scorecard for the entry takes that scorecard
/// off the panel: it is marked excluded, an exclusion is written to the ledger, and the change is audited.
/// </summary>
public sealed class ConflictService(IUnitOfWork work, RoundStore store, IOrganizationDirectory organizations, IJudgeDirectory judges, IAuditLog audit)
{
    /// <summary>A judge declares a conflict with an entry (on the entry's page).</summary>
    public Task DeclareAsync(string judge, string roundCode, string entryCode, string reason, CancellationToken cancellationToken = default) =>
        RecordAsync(judge, roundCode, judge, entryCode, ConflictSource.Declared, reason, cancellationToken);

    /// <summary>A manager records a conflict between a judge and an entry.</summary>
    public Task AddAsync(string actor, string roundCode, string judge, string entryCode, string reason, CancellationToken cancellationToken = default) =>
        RecordAsync(actor, roundCode, judge, entryCode, ConflictSource.Added, reason, cancellationToken);

    /// <summary>Adds the conflicts the organisation tree implies between the round's judges and its entries.</summary>
    /// <returns>how many were added.</returns>
    public Task<int> RefreshImpliedAsync(string actor, string roundCode, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct => await RefreshImpliedCoreAsync(await store.LockAsync(roundCode, ct), actor, ct), cancellationToken);

    internal async Task<int> RefreshImpliedCoreAsync(Round round, string actor, CancellationToken cancellationToken)
    {
        var db = store.Db;
        var judgeNames = await db.StageJudges.AsNoTracking()
            .Where(j => db.Stages.Any(s => s.Id == j.StageId && s.RoundId == round.Id))
            .Select(j => j.Judge).Distinct().ToListAsync(cancellationToken);
        var entries = await db.Entries.AsNoTracking().Where(e => e.RoundId == round.Id && e.Status != EntryStatus.Rejected).ToListAsync(cancellationToken);
        if (judgeNames.Count == 0 || entries.Count == 0)
        {
            return 0;
        }

        var tree = await organizations.GetTreeAsync(cancellationToken);
        var info = await judges.FindAsync(judgeNames, cancellationToken);
        var existing = (await db.Conflicts.AsNoTracking().Where(c => c.RoundId == round.Id && c.Source == ConflictSource.Implied)
            .Select(c => new { c.Judge, c.EntryCode }).ToListAsync(cancellationToken))
            .Select(c => (c.Judge, c.EntryCode)).ToHashSet();
        var added = 0;
        foreach (var judge in judgeNames.Order(StringComparer.Ordinal))
        {
            var unit = info[judge].UnitCode;
            foreach (var entry in entries)
            {
                if (!existing.Contains((judge, entry.Code)) && ConflictRule.IsImplied(tree, unit, entry.CommunityCode))
                {
                    await RecordCoreAsync(round, judge, entry.Code, ConflictSource.Implied, $"unit {unit} contains community {entry.CommunityCode}", actor, cancellationToken);
                    added++;
                }
            }
        }

        return added;
    }

    private Task RecordAsync(string actor, string roundCode, string judge, string entryCode, ConflictSource source, string reason, CancellationToken cancellationToken) =>
        work.ExecuteAsync(async ct =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new EvaluationRefusedException(RefusalReasons.ReasonRequired, "A conflict needs a reason.");
            }

            var round = await store.LockAsync(roundCode, ct);
            if (!await store.Db.Entries.AnyAsync(e => e.RoundId == round.Id && e.Code == entryCode, ct))
            {
                throw new EvaluationRefusedException(RefusalReasons.EntryNotFound, $"Round '{roundCode}' has no entry '{entryCode}'.");
            }

            await RecordCoreAsync(round, judge, entryCode, source, reason, actor, ct);
        }, cancellationToken);

    /// <summary>Records the conflict (once per source) and excludes the judge's submitted scorecards for the entry.</summary>
    internal async Task RecordCoreAsync(Round round, string judge, string entryCode, ConflictSource source, string reason, string actor, CancellationToken cancellationToken)
    {
        var db = store.Db;
        // A conflict is saved as soon as it is added (below), so the database answers for this command's own too.
        if (await db.Conflicts.AnyAsync(c => c.RoundId == round.Id && c.Judge == judge && c.EntryCode == entryCode && c.Source == source, cancellationToken))
        {
            return;
        }

        db.Conflicts.Add(new EntryConflict
        {
            RoundId = round.Id,
            Judge = judge,
            EntryCode = entryCode,
            Source = source,
            Reason = reason,
            RecordedBy = actor,
            RecordedUtc = store.Now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(actor, "conflict.record", RoundAdministration.Target(round), $"{source}: {judge} × {entryCode}: {reason}", cancellationToken);

        var cards = await db.Scorecards.Where(c => c.RoundId == round.Id && c.Judge == judge && c.EntryCode == entryCode && c.SubmittedJson != null && !c.IsExcluded)
            .ToListAsync(cancellationToken);
        if (cards.Count > 0)
        {
            var snapshot = await store.SnapshotAsync(round, cancellationToken);
            foreach (var card in cards.OrderBy(c => c.StageKey, StringComparer.Ordinal))
            {
                card.IsExcluded = true;
                card.UpdatedUtc = store.Now;
                var row = store.AppendLedger(round, snapshot, LedgerEventKind.Exclude, card.StageKey, judge, entryCode, null, $"conflict recorded: {reason}");
                await audit.WriteAsync(actor, "scorecard.exclude", RoundAdministration.Target(round), $"{card.StageKey}/{entryCode}/{judge}: ledger event {row.Sequence}", cancellationToken);
                work.Raise(new ScorecardSubmitted(round.Code, card.StageKey, entryCode, judge, "exclude", row.Sequence, round.Revision));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        work.Raise(new RoundDefinitionChanged(round.Code, "conflicts", round.Revision));
    }
}
