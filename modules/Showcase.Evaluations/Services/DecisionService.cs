using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Evaluations.Events;
using Showcase.Evaluations.Models;
using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>
/// Boundary decisions: when entries share the last rank inside a <c>topRanks</c> band, a manager records their order
/// and a reason. Showcase.Scoring decides whether the decision orders exactly the tied block; one that does not is
/// refused (INVALID_DECISION). A later decision for the same band replaces the earlier one; both are audited.
/// </summary>
public sealed class DecisionService(IUnitOfWork work, RoundStore store, RoundAdministration rounds, IAuditLog audit)
{
    public Task RecordAsync(string actor, string roundCode, string band, IReadOnlyList<string> order, string reason, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            var round = await store.LockAsync(roundCode, ct);
            if (round.State == RoundState.Final)
            {
                throw new EvaluationRefusedException(RefusalReasons.WrongState, $"Round '{roundCode}' is FINAL.");
            }

            await RecordCoreAsync(round, band, order, reason, actor, ct);
        }, cancellationToken);

    internal async Task RecordCoreAsync(Round round, string band, IReadOnlyList<string> order, string reason, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new EvaluationRefusedException(RefusalReasons.ReasonRequired, "A boundary decision needs a reason.");
        }

        var snapshot = await store.SnapshotAsync(round, cancellationToken);
        var decision = new BoundaryDecision(order, reason) { Band = band };
        var others = snapshot.Definition.Decisions.Where(d => d.Band != band);
        try
        {
            var definition = snapshot.Definition with { Decisions = [.. others, decision] };
            RoundCalculator.Calculate(definition, await store.SubmittedScorecardsAsync(snapshot, cancellationToken)).EnsureApplied(decision);
        }
        catch (Exception e) when (e is RoundDefinitionException or UnappliedBoundaryDecisionException)
        {
            throw new EvaluationRefusedException(RefusalReasons.InvalidDecision, e.Message);
        }

        var db = store.Db;
        var row = await db.Decisions.FirstOrDefaultAsync(d => d.RoundId == round.Id && d.Band == band, cancellationToken);
        if (row is null)
        {
            row = new RecordedDecision { RoundId = round.Id, Band = band };
            db.Decisions.Add(row);
        }

        row.Order = string.Join(',', order);
        row.Reason = reason;
        row.DecidedBy = actor;
        row.DecidedUtc = store.Now;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(actor, "decision.record", RoundAdministration.Target(round), $"{band}: {row.Order}: {reason}", cancellationToken);
        work.Raise(new RoundDefinitionChanged(round.Code, "decisions", round.Revision));
        if (round.State == RoundState.PublicNotice)
        {
            // The notice period may have ended while the tie waited for this decision: let the schedule look again.
            rounds.ScheduleNextMove(round);
        }
    }
}
