using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Services;

/// <summary>
/// Objections during the public notice (公示): anyone lodges one and gets a reference number; a manager dismisses it
/// with a reason, or upholds it, which reopens the stage (the round goes back to SCORING). The round becomes FINAL
/// after the notice period only when no objection is open. (Rate-limiting per client is the public page's concern.)
/// </summary>
public sealed class ObjectionService(IUnitOfWork work, RoundStore store, RoundAdministration rounds, IAuditLog audit)
{
    public const int MaxTextLength = 4000;

    /// <returns>the reference number to quote, e.g. <c>2021-top10-003</c>.</returns>
    public Task<string> LodgeAsync(string roundCode, string name, string contact, string text, string? stageKey = null, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(contact) || string.IsNullOrWhiteSpace(text))
            {
                throw new EvaluationRefusedException(RefusalReasons.ReasonRequired, "An objection needs a name, a contact and a text.");
            }

            if (name.Length > 100 || contact.Length > 200 || text.Length > MaxTextLength)
            {
                throw new EvaluationRefusedException(RefusalReasons.ReasonRequired, $"Name (100), contact (200) or text ({MaxTextLength}) is too long.");
            }

            var round = await store.LockAsync(roundCode, ct);
            if (round.State != RoundState.PublicNotice)
            {
                throw new EvaluationRefusedException(RefusalReasons.WrongState, $"Round '{roundCode}' is {round.State.ToName()}: objections are lodged during the public notice.");
            }

            var count = await store.Db.Objections.CountAsync(o => o.RoundId == round.Id, ct);
            var objection = new Objection
            {
                RoundId = round.Id,
                Reference = $"{round.Code}-{(count + 1).ToString("000", CultureInfo.InvariantCulture)}",
                Name = name.Trim(),
                Contact = contact.Trim(),
                Text = text.Trim(),
                StageKey = stageKey ?? "",
                LodgedUtc = store.Now,
            };
            store.Db.Objections.Add(objection);
            await store.Db.SaveChangesAsync(ct);
            await audit.WriteAsync("public", "objection.lodge", RoundAdministration.Target(round), objection.Reference, ct);
            return objection.Reference;
        }, cancellationToken);

    public Task DismissAsync(string actor, string reference, string reason, CancellationToken cancellationToken = default) =>
        ResolveAsync(actor, reference, ObjectionState.Dismissed, reason, cancellationToken);

    /// <summary>Upholds the objection: the round goes back to SCORING with its stage (the last one if it names none) open.</summary>
    public Task UpholdAsync(string actor, string reference, string reason, CancellationToken cancellationToken = default) =>
        ResolveAsync(actor, reference, ObjectionState.Upheld, reason, cancellationToken);

    private Task ResolveAsync(string actor, string reference, ObjectionState state, string reason, CancellationToken cancellationToken) =>
        work.ExecuteAsync(async ct =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new EvaluationRefusedException(RefusalReasons.ReasonRequired, "Dismissing or upholding an objection needs a reason.");
            }

            var found = await store.Db.Objections.AsNoTracking().FirstOrDefaultAsync(o => o.Reference == reference, ct)
                ?? throw new EvaluationRefusedException(RefusalReasons.ObjectionNotFound, $"There is no objection '{reference}'.");
            var roundCode = await store.Db.Rounds.Where(r => r.Id == found.RoundId).Select(r => r.Code).SingleAsync(ct);
            var round = await store.LockAsync(roundCode, ct);
            var objection = await store.Db.Objections.SingleAsync(o => o.Id == found.Id, ct);
            if (objection.State != ObjectionState.Open)
            {
                throw new EvaluationRefusedException(RefusalReasons.WrongState, $"Objection '{reference}' is already {objection.State}.");
            }

            objection.State = state;
            objection.Resolution = reason;
            objection.ResolvedBy = actor;
            objection.ResolvedUtc = store.Now;
            await store.Db.SaveChangesAsync(ct);
            await audit.WriteAsync(actor, state == ObjectionState.Upheld ? "objection.uphold" : "objection.dismiss", RoundAdministration.Target(round), $"{reference}: {reason}", ct);
            if (state == ObjectionState.Upheld && round.State == RoundState.PublicNotice)
            {
                var stages = await store.Db.Stages.AsNoTracking().Where(s => s.RoundId == round.Id).OrderBy(s => s.Position).Select(s => s.Key).ToListAsync(ct);
                var stage = stages.Contains(objection.StageKey) ? objection.StageKey : stages[^1];
                await rounds.ReopenCoreAsync(round, stage, actor, $"objection {reference} upheld: {reason}", ct);
            }
            else
            {
                // The notice period may have ended while this objection was open: let the schedule look again.
                rounds.ScheduleNextMove(round);
            }
        }, cancellationToken);
}
