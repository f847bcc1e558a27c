using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Evaluations.Events;
using Showcase.Evaluations.Models;
using Showcase.Scoring;
using Showcase.Scoring.Ledger;

namespace Showcase.Evaluations.Services;

/// <summary>
/// Judges' scorecards: drafts saved as they type, submissions and amendments while the stage is open, withdrawals. A
/// submission is checked by Showcase.Scoring's <see cref="ScorecardRules"/> and by the round (stage open, entry assigned,
/// no conflict); anything wrong is refused with a message naming it, and nothing is stored. A stored one is written in
/// one transaction with its ledger event and its idempotency key.
/// </summary>
public sealed class ScorecardService(IUnitOfWork work, RoundStore store, StandingsCache standings, IAuditLog audit)
{
    private const int MaxKeyLength = 100;

    /// <exception cref="ScorecardRefusedException">The reason names what is wrong; nothing was stored.</exception>
    public Task<SubmissionResult> SubmitAsync(ScorecardSubmission submission, CancellationToken cancellationToken = default)
    {
        var alone = !work.IsActive;
        return work.ExecuteAsync(ct => SubmitCoreAsync(submission, alone, ct), cancellationToken);
    }

    /// <param name="alone">The submission is the whole command, so its commit changes this one scorecard and nothing else.</param>
    private async Task<SubmissionResult> SubmitCoreAsync(ScorecardSubmission submission, bool alone, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(submission.IdempotencyKey) || submission.IdempotencyKey.Length > MaxKeyLength)
        {
            throw new ScorecardRefusedException(RefusalReasons.KeyReused, $"A submission needs an idempotency key of 1 to {MaxKeyLength} characters.", value: submission.IdempotencyKey);
        }

        var db = store.Db;
        // A retry is answered without taking the round's lock; the check is repeated under the lock for a retry racing the original.
        if (await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.Judge == submission.Judge && r.Key == submission.IdempotencyKey, cancellationToken) is { } earlier
            && await store.FindAsync(submission.RoundCode, cancellationToken) is { } unlocked)
        {
            return Replay(earlier, unlocked, submission);
        }

        var round = await store.LockForScoresAsync(submission.RoundCode, cancellationToken);
        var receipt = await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.Judge == submission.Judge && r.Key == submission.IdempotencyKey, cancellationToken);
        if (receipt is not null)
        {
            return Replay(receipt, round, submission);
        }

        var snapshot = await store.SnapshotForScoresAsync(round, cancellationToken);
        var stage = snapshot.Stage(submission.Stage)
            ?? throw new ScorecardRefusedException(RefusalReasons.StageNotFound, $"Round '{round.Code}' has no stage '{submission.Stage}' (stages: {string.Join(", ", snapshot.Stages.Select(s => s.Key))}).", value: submission.Stage);
        if (round.State != RoundState.Scoring || round.OpenStage != stage.Key)
        {
            throw new ScorecardRefusedException(RefusalReasons.StageNotOpen,
                $"Stage '{stage.Key}' of round '{round.Code}' is not open for scoring (the round is {round.State.ToName()}{(round.OpenStage is null ? "" : $", open stage '{round.OpenStage}'")}).",
                value: stage.Key);
        }

        if (snapshot.Entry(submission.Entry) is not { IsInRound: true })
        {
            throw new ScorecardRefusedException(RefusalReasons.EntryNotFound, $"Entry '{submission.Entry}' is not an accepted entry of round '{round.Code}'.", value: submission.Entry);
        }

        var card = Check(snapshot, submission);
        if (!snapshot.IsAssigned(stage, submission.Judge, submission.Entry))
        {
            throw new ScorecardRefusedException(RefusalReasons.NotAssigned, $"Entry '{submission.Entry}' is not assigned to judge '{submission.Judge}' in stage '{stage.Key}'.", value: submission.Entry);
        }

        if (stage.Position > 0)
        {
            // Whether the entry reached this stage depends on the earlier stages' scores, which the tally holds. A card
            // repeating the current one is still stored as an amendment (SCORING.md), so a replay is not a refusal here.
            try
            {
                ScorecardRules.Check(await store.TallyBeforeScoresAsync(round, snapshot, cancellationToken), card);
            }
            catch (ScorecardRejectedException e) when (!e.IsReplay)
            {
                throw Refusal(e);
            }
        }

        var stored = await db.Scorecards.FirstOrDefaultAsync(c => c.RoundId == round.Id && c.StageKey == stage.Key && c.EntryCode == submission.Entry && c.Judge == submission.Judge, cancellationToken);
        if (stored is null)
        {
            stored = new JudgeScorecard { RoundId = round.Id, StageKey = stage.Key, EntryCode = submission.Entry, Judge = submission.Judge };
            db.Scorecards.Add(stored);
        }

        var kind = stored.SubmittedJson is null ? LedgerEventKind.Submit : LedgerEventKind.Amend;
        var ordered = snapshot.StageDefinition(stage.Key)!.Criteria.Select((c, i) => KeyValuePair.Create(c.Key, card.Scores[i])).ToList();
        stored.Revision++;
        stored.RoundRevision = round.Revision;
        stored.SubmittedJson = ScoresJson.Write(ordered);
        stored.DraftJson = null;
        stored.Comment = submission.Comment;
        stored.IsExcluded = false;
        stored.SubmittedUtc = store.Now;
        stored.UpdatedUtc = store.Now;
        var row = store.AppendLedger(round, snapshot, kind, stage.Key, submission.Judge, submission.Entry, ordered.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), null);
        db.Receipts.Add(new SubmissionReceipt
        {
            Key = submission.IdempotencyKey,
            RoundId = round.Id,
            StageKey = stage.Key,
            EntryCode = submission.Entry,
            Judge = submission.Judge,
            ScoresJson = stored.SubmittedJson,
            Revision = stored.Revision,
            LedgerSequence = row.Sequence,
            ReceivedUtc = store.Now,
        });
        await db.SaveChangesAsync(cancellationToken);
        var kindName = kind.ToString().ToLowerInvariant();
        await audit.WriteAsync(submission.Judge, "scorecard." + kindName, RoundAdministration.Target(round), $"{stage.Key}/{submission.Entry}: revision {stored.Revision}, ledger event {row.Sequence}", cancellationToken);
        work.Raise(new ScorecardSubmitted(round.Code, stage.Key, submission.Entry, submission.Judge, kindName, row.Sequence, round.Revision));
        if (alone)
        {
            CarryStandingsForward(round, stored);
        }

        return new SubmissionResult(SubmissionOutcome.Stored, kindName, stored.Revision, row.Sequence);
    }

    /// <summary>Keeps what the judge has typed so far (never counts, not in the ledger). Partial scores are fine.</summary>
    public Task SaveDraftAsync(string roundCode, string stageKey, string entryCode, string judge, IReadOnlyDictionary<string, decimal> scores, string comment = "", CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            var db = store.Db;
            // No round lock: a draft changes no result, so it neither waits for submissions nor makes standings stale.
            var round = await store.FindAsync(roundCode, ct)
                ?? throw new EvaluationRefusedException(RefusalReasons.RoundNotFound, $"There is no round '{roundCode}'.");
            var snapshot = await store.SnapshotAsync(round, ct);
            var stage = snapshot.Stage(stageKey);
            if (stage is null || round.State != RoundState.Scoring || round.OpenStage != stageKey)
            {
                throw new ScorecardRefusedException(RefusalReasons.StageNotOpen, $"Stage '{stageKey}' of round '{roundCode}' is not open for scoring.", value: stageKey);
            }

            if (snapshot.IsConflicted(judge, entryCode))
            {
                throw new ScorecardRefusedException(RefusalReasons.ConflictedJudge, $"Judge '{judge}' has a conflict with entry '{entryCode}'.", value: judge);
            }

            if (!snapshot.IsAssigned(stage, judge, entryCode) || snapshot.Entry(entryCode) is not { Status: EntryStatus.Accepted })
            {
                throw new ScorecardRefusedException(RefusalReasons.NotAssigned, $"Entry '{entryCode}' is not assigned to judge '{judge}' in stage '{stageKey}'.", value: entryCode);
            }

            var stored = await db.Scorecards.FirstOrDefaultAsync(c => c.RoundId == round.Id && c.StageKey == stageKey && c.EntryCode == entryCode && c.Judge == judge, ct);
            if (stored is null)
            {
                stored = new JudgeScorecard { RoundId = round.Id, StageKey = stageKey, EntryCode = entryCode, Judge = judge };
                db.Scorecards.Add(stored);
            }

            stored.DraftJson = ScoresJson.Write(scores);
            stored.Comment = comment;
            stored.UpdatedUtc = store.Now;
            await db.SaveChangesAsync(ct);
        }, cancellationToken);

    /// <summary>The judge takes back a submitted scorecard while the stage is open: it no longer counts (a ledger withdrawal).</summary>
    public Task WithdrawAsync(string roundCode, string stageKey, string entryCode, string judge, string reason, CancellationToken cancellationToken = default)
    {
        var alone = !work.IsActive;
        return work.ExecuteAsync(async ct =>
        {
            var round = await store.LockForScoresAsync(roundCode, ct);
            if (round.State != RoundState.Scoring || round.OpenStage != stageKey)
            {
                throw new ScorecardRefusedException(RefusalReasons.StageNotOpen, $"Stage '{stageKey}' of round '{roundCode}' is not open for scoring.", value: stageKey);
            }

            var stored = await store.Db.Scorecards.FirstOrDefaultAsync(c => c.RoundId == round.Id && c.StageKey == stageKey && c.EntryCode == entryCode && c.Judge == judge && c.SubmittedJson != null, ct)
                ?? throw new ScorecardRefusedException(RefusalReasons.EntryNotFound, $"Judge '{judge}' has no submitted scorecard for entry '{entryCode}' in stage '{stageKey}'.", value: entryCode);
            await WithdrawCoreAsync(round, stored, judge, reason, ct);
            if (alone)
            {
                CarryStandingsForward(round, stored);
            }
        }, cancellationToken);
    }

    internal async Task WithdrawCoreAsync(Round round, JudgeScorecard stored, string actor, string reason, CancellationToken cancellationToken)
    {
        var snapshot = await store.SnapshotForScoresAsync(round, cancellationToken);
        stored.SubmittedJson = null;
        stored.RoundRevision = round.Revision;
        stored.UpdatedUtc = store.Now;
        var row = store.AppendLedger(round, snapshot, LedgerEventKind.Withdraw, stored.StageKey, stored.Judge, stored.EntryCode, null, string.IsNullOrWhiteSpace(reason) ? null : reason);
        await store.Db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(actor, "scorecard.withdraw", RoundAdministration.Target(round), $"{stored.StageKey}/{stored.EntryCode}/{stored.Judge}: ledger event {row.Sequence}", cancellationToken);
        work.Raise(new ScorecardSubmitted(round.Code, stored.StageKey, stored.EntryCode, stored.Judge, "withdraw", row.Sequence, round.Revision));
    }

    /// <summary>
    /// Once a command that changed only <paramref name="card"/> commits, the cached standings of the revision just before
    /// it are carried forward by that card (as a reader would, without reading the changed rows back), so the
    /// leaderboards and the big screen find the new revision computed. Copies are taken now: the tracked rows may
    /// change after the commit.
    /// </summary>
    private void CarryStandingsForward(Round round, JudgeScorecard card)
    {
        var committedRound = round.Copy();
        var committedCard = card.Copy();
        work.AfterCommit(() => standings.CarryForward(committedRound, committedCard));
    }

    /// <summary>The scorecard as Showcase.Scoring checks it: every criterion present and known, in range, on its step; judge listed; no conflict.</summary>
    private static Scorecard Check(RoundSnapshot snapshot, ScorecardSubmission submission)
    {
        try
        {
            var card = Scorecard.FromNamedScores(snapshot.StageDefinition(submission.Stage)!, submission.Judge, submission.Entry, submission.Scores);
            ScorecardRules.Check(snapshot.Definition, card);
            return card;
        }
        catch (ScorecardRejectedException e)
        {
            throw Refusal(e);
        }
    }

    internal static ScorecardRefusedException Refusal(ScorecardRejectedException e) => new(
        e.Problem switch
        {
            ScorecardProblem.UnknownStage => RefusalReasons.StageNotFound,
            ScorecardProblem.UnknownEntry or ScorecardProblem.WithdrawnEntry => RefusalReasons.EntryNotFound,
            ScorecardProblem.UnknownJudge or ScorecardProblem.JudgeNotOnStage or ScorecardProblem.EntryNotInStage => RefusalReasons.NotAssigned,
            ScorecardProblem.ConflictedJudge => RefusalReasons.ConflictedJudge,
            ScorecardProblem.MissingCriterion => RefusalReasons.MissingCriterion,
            ScorecardProblem.UnknownCriterion => RefusalReasons.UnknownCriterion,
            ScorecardProblem.AboveMaximum => RefusalReasons.AboveMaximum,
            ScorecardProblem.BelowZero => RefusalReasons.BelowZero,
            ScorecardProblem.OffStep => RefusalReasons.OffStep,
            _ => RefusalReasons.InvalidDefinition,
        },
        e.Message,
        e.Criterion,
        e.Value,
        e.Allowed);

    private static SubmissionResult Replay(SubmissionReceipt receipt, Round round, ScorecardSubmission submission)
    {
        var same = receipt.RoundId == round.Id && receipt.StageKey == submission.Stage && receipt.EntryCode == submission.Entry
            && ScoresJson.SameScores(ScoresJson.Read(receipt.ScoresJson), submission.Scores);
        if (!same)
        {
            throw new ScorecardRefusedException(
                RefusalReasons.KeyReused,
                $"Idempotency key '{submission.IdempotencyKey}' was already used by judge '{submission.Judge}' for other scores ({receipt.StageKey}/{receipt.EntryCode}: {receipt.ScoresJson}); a new submission needs a new key.",
                value: submission.IdempotencyKey);
        }

        return new SubmissionResult(SubmissionOutcome.Replayed, receipt.Revision == 1 ? "submit" : "amend", receipt.Revision, receipt.LedgerSequence);
    }
}
