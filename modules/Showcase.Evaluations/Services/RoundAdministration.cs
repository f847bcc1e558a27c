using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Evaluations.Events;
using Showcase.Evaluations.Jobs;
using Showcase.Evaluations.Models;
using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>
/// A round's life: its definition while it is a draft, its schedule, and every move between states (by a manager's
/// hand with a reason, by the schedule, by a recipe, by an upheld objection), each audited. Entering PUBLIC_NOTICE or
/// FINAL publishes the results; FINAL is refused while a boundary tie has no decision or an objection is open.
/// </summary>
public sealed class RoundAdministration(IUnitOfWork work, RoundStore store, ConflictService conflicts, ResultsService results, IAuditLog audit)
{
    /// <summary>Creates a round in DRAFT, or changes the definition of one still in DRAFT or APPLICATIONS_OPEN.</summary>
    public Task<Round> SaveDefinitionAsync(string actor, RoundInput input, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(ct => SaveDefinitionCoreAsync(actor, input, anyState: false, ct), cancellationToken);

    internal async Task<Round> SaveDefinitionCoreAsync(string actor, RoundInput input, bool anyState, CancellationToken cancellationToken)
    {
        input.Check();
        var db = store.Db;
        var round = await db.Rounds.FirstOrDefaultAsync(r => r.Code == input.Code, cancellationToken);
        var created = round is null;
        if (round is null)
        {
            round = new Round { Code = input.Code, CreatedUtc = store.Now, State = RoundState.Draft };
            db.Rounds.Add(round);
        }
        else
        {
            round = await store.LockAsync(input.Code, cancellationToken);
            if (!anyState && round.State is not (RoundState.Draft or RoundState.ApplicationsOpen))
            {
                throw new EvaluationRefusedException(RefusalReasons.WrongState, $"Round '{round.Code}' is {round.State.ToName()}: its definition can be changed only in DRAFT or APPLICATIONS_OPEN.");
            }
        }

        round.Title = input.Title;
        round.Year = input.Year;
        round.LiveDisplay = input.LiveDisplay;
        round.IsIllustrative = input.IsIllustrative;
        round.BandsJson = BandsJson.Write(input.Bands);
        round.UpdatedUtc = store.Now;
        await db.SaveChangesAsync(cancellationToken);

        var stages = await db.Stages.Where(s => s.RoundId == round.Id).Include(s => s.Criteria).Include(s => s.Judges).AsSplitQuery().ToListAsync(cancellationToken);
        for (var position = 0; position < input.Stages.Count; position++)
        {
            var given = input.Stages[position];
            var stage = stages.FirstOrDefault(s => s.Key == given.Key);
            if (stage is null)
            {
                stage = new Stage { RoundId = round.Id, Key = given.Key };
                db.Stages.Add(stage);
                stages.Add(stage);
            }

            stage.Title = given.Title;
            stage.Position = position;
            stage.Method = given.Method;
            stage.Drop = given.Drop;
            stage.MinPanel = given.MinPanel;
            stage.Advance = given.Advance;
            stage.Weight = given.Weight;
            stage.BandsJson = BandsJson.Write(given.Bands);
            SyncCriteria(stage, given.Criteria);
            SyncJudges(stage, given.Judges);
        }

        foreach (var gone in stages.Where(s => input.Stages.All(g => g.Key != s.Key)).ToList())
        {
            if (await db.Scorecards.AnyAsync(c => c.RoundId == round.Id && c.StageKey == gone.Key, cancellationToken))
            {
                throw new EvaluationRefusedException(RefusalReasons.InvalidDefinition, $"Stage '{gone.Key}' of round '{round.Code}' has scorecards and cannot be removed.");
            }

            db.Stages.Remove(gone);
        }

        await db.SaveChangesAsync(cancellationToken);
        await conflicts.RefreshImpliedCoreAsync(round, actor, cancellationToken);
        await audit.WriteAsync(actor, created ? "round.create" : "round.edit", Target(round), $"{input.Stages.Count} stages", cancellationToken);
        work.Raise(new RoundDefinitionChanged(round.Code, "definition", round.Revision));
        return round;
    }

    /// <summary>Sets when the round moves on by itself; the next move is scheduled after commit.</summary>
    public Task SetScheduleAsync(string actor, string code, RoundSchedule schedule, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            var round = await store.LockAsync(code, ct);
            await SetScheduleCoreAsync(actor, round, schedule, ct);
        }, cancellationToken);

    internal async Task SetScheduleCoreAsync(string actor, Round round, RoundSchedule schedule, CancellationToken cancellationToken)
    {
        if (schedule.Problem() is { } problem)
        {
            throw new EvaluationRefusedException(RefusalReasons.InvalidSchedule, $"{problem.Field}: {problem.Message}");
        }

        round.Schedule = schedule;
        round.UpdatedUtc = store.Now;
        await store.Db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(actor, "round.schedule", Target(round), Describe(schedule), cancellationToken);
        ScheduleNextMove(round);
    }

    /// <summary>
    /// Switches the big-screen page and the judges' blind mode; audited. Blind mode may change at any time: it hides
    /// names from judges' screens and changes no score.
    /// </summary>
    public Task SetOptionsAsync(string actor, string code, bool liveDisplay, bool blindMode, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            var round = await store.LockAsync(code, ct);
            if (round.LiveDisplay == liveDisplay && round.BlindMode == blindMode)
            {
                return;
            }

            round.LiveDisplay = liveDisplay;
            round.BlindMode = blindMode;
            round.UpdatedUtc = store.Now;
            await store.Db.SaveChangesAsync(ct);
            await audit.WriteAsync(actor, "round.options", Target(round), $"liveDisplay {liveDisplay}; blindMode {blindMode}", ct);
            work.Raise(new RoundDefinitionChanged(round.Code, "options", round.Revision));
        }, cancellationToken);

    /// <summary>A manager moves the round one state on (or back to SCORING to reopen its last stage), with a reason.</summary>
    /// <exception cref="EvaluationRefusedException">INVALID_TRANSITION, REASON_REQUIRED, UNRESOLVED_BOUNDARY_TIE, OPEN_OBJECTIONS.</exception>
    public Task MoveAsync(string actor, string code, RoundState to, string reason, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            RequireReason(reason);
            var round = await store.LockAsync(code, ct);
            if (!RoundLifecycle.CanMove(round.State, to))
            {
                throw new EvaluationRefusedException(RefusalReasons.InvalidTransition, $"Round '{code}' is {round.State.ToName()} and cannot move to {to.ToName()} (allowed: {Allowed(round.State)}).");
            }

            var stage = RoundLifecycle.IsReopening(round.State, to) ? await LastStageAsync(round, ct) : null;
            await TransitionCoreAsync(round, to, stage, actor, reason, ct);
        }, cancellationToken);

    /// <summary>Closes the open stage and opens the next one while the round is in SCORING.</summary>
    public Task OpenNextStageAsync(string actor, string code, string reason, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            RequireReason(reason);
            var round = await store.LockAsync(code, ct);
            var keys = await StageKeysAsync(round, ct);
            var at = round.OpenStage is { } open ? keys.IndexOf(open) : -1;
            if (round.State != RoundState.Scoring || at < 0 || at == keys.Count - 1)
            {
                throw new EvaluationRefusedException(RefusalReasons.InvalidTransition, $"Round '{code}' has no next stage to open (state {round.State.ToName()}, open stage '{round.OpenStage}').");
            }

            await TransitionCoreAsync(round, RoundState.Scoring, keys[at + 1], actor, reason, ct);
        }, cancellationToken);

    /// <summary>Reopens a stage (the round goes back to SCORING with that stage open), with a reason.</summary>
    public Task ReopenStageAsync(string actor, string code, string stageKey, string reason, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            RequireReason(reason);
            var round = await store.LockAsync(code, ct);
            await ReopenCoreAsync(round, stageKey, actor, reason, ct);
        }, cancellationToken);

    internal async Task ReopenCoreAsync(Round round, string stageKey, string actor, string reason, CancellationToken cancellationToken)
    {
        if (!RoundLifecycle.IsReopening(round.State, RoundState.Scoring))
        {
            throw new EvaluationRefusedException(RefusalReasons.InvalidTransition, $"Round '{round.Code}' is {round.State.ToName()}: a stage is reopened from CLOSED or PUBLIC_NOTICE.");
        }

        if (!(await StageKeysAsync(round, cancellationToken)).Contains(stageKey))
        {
            throw new EvaluationRefusedException(RefusalReasons.StageNotFound, $"Round '{round.Code}' has no stage '{stageKey}'.");
        }

        // The schedule's close and notice times that have passed would move the reopened round on at once: they
        // are cleared, and the manager sets new ones when the re-scoring is done.
        var now = store.Now;
        var schedule = round.Schedule;
        round.Schedule = schedule with
        {
            ScoringClose = schedule.ScoringClose > now ? schedule.ScoringClose : null,
            PublicNotice = schedule.PublicNotice > now ? schedule.PublicNotice : null,
        };
        await TransitionCoreAsync(round, RoundState.Scoring, stageKey, actor, reason, cancellationToken);
    }

    /// <summary>
    /// What the round's job runs: every move the schedule says is due by now, one state at a time (so a time missed
    /// while the host was down is caught up), each move asking for the next. FINAL waits, without error and without a
    /// new request, while an objection is open or a boundary tie has no decision: resolving those asks again.
    /// </summary>
    /// <returns>the moves made.</returns>
    public Task<IReadOnlyList<RoundState>> RunScheduleAsync(string code, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync<IReadOnlyList<RoundState>>(async ct =>
        {
            // A job that runs late or twice finds nothing due and changes nothing (not even the round's revision).
            if (await store.FindAsync(code, ct) is not { } current || RoundLifecycle.Due(current.State, current.Schedule, store.Now) is null)
            {
                return [];
            }

            var round = await store.LockAsync(code, ct);
            var moves = new List<RoundState>();
            while (RoundLifecycle.Due(round.State, round.Schedule, store.Now) is { } due)
            {
                var blocked = false;
                foreach (var state in RoundLifecycle.PathTo(round.State, due))
                {
                    if (state == RoundState.Final && await FinalBlockerAsync(round, ct) is not null)
                    {
                        blocked = true;
                        break;
                    }

                    var stage = state == RoundState.Scoring ? (await StageKeysAsync(round, ct)).FirstOrDefault() : null;
                    await TransitionCoreAsync(round, state, stage, "schedule", "scheduled " + state.ToName(), ct);
                    moves.Add(state);
                }

                if (blocked)
                {
                    break;
                }
            }

            return moves;
        }, cancellationToken);

    /// <summary>
    /// Moves a round (locked in this transaction) to <paramref name="to"/>: audited, recorded, announced; entering
    /// PUBLIC_NOTICE or FINAL publishes the results; FINAL is refused while something blocks it.
    /// </summary>
    internal async Task TransitionCoreAsync(Round round, RoundState to, string? stage, string actor, string reason, CancellationToken cancellationToken)
    {
        if (to == RoundState.Final && await FinalBlockerAsync(round, cancellationToken) is { } blocker)
        {
            throw blocker;
        }

        var from = round.State;
        round.State = to;
        round.OpenStage = to == RoundState.Scoring ? stage ?? (await StageKeysAsync(round, cancellationToken)).FirstOrDefault() : null;
        round.UpdatedUtc = store.Now;
        store.Db.Transitions.Add(new RoundTransition
        {
            RoundId = round.Id,
            From = from,
            To = to,
            Stage = round.OpenStage,
            Reason = reason,
            Actor = actor,
            AtUtc = store.Now,
        });
        await store.Db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(actor, "round.transition", Target(round), $"{from.ToName()} → {to.ToName()}{(round.OpenStage is null ? "" : $" (stage {round.OpenStage})")}: {reason}", cancellationToken);
        work.Raise(new RoundStateChanged(round.Code, from, to, round.OpenStage, actor, reason));
        if (to is RoundState.PublicNotice or RoundState.Final)
        {
            await results.PublishCoreAsync(round, cancellationToken);
        }

        ScheduleNextMove(round);
    }

    /// <summary>Why the round cannot become FINAL now (an open objection, a boundary tie without a decision), or null.</summary>
    internal async Task<EvaluationRefusedException?> FinalBlockerAsync(Round round, CancellationToken cancellationToken)
    {
        var open = await store.Db.Objections.Where(o => o.RoundId == round.Id && o.State == ObjectionState.Open).Select(o => o.Reference).ToListAsync(cancellationToken);
        if (open.Count > 0)
        {
            return new EvaluationRefusedException(RefusalReasons.OpenObjections, $"Round '{round.Code}' has open objections ({string.Join(", ", open.Order(StringComparer.Ordinal))}): dismiss or uphold them before it becomes FINAL.");
        }

        var snapshot = await store.SnapshotAsync(round, cancellationToken);
        var standings = (await store.TallyAsync(snapshot, cancellationToken)).Standings();
        try
        {
            standings.EnsureCanBeFinalised();
        }
        catch (UnresolvedBoundaryTieException e)
        {
            return new EvaluationRefusedException(RefusalReasons.UnresolvedBoundaryTie, e.Message);
        }

        return null;
    }

    /// <summary>Schedules (after commit) the job for the round's next scheduled move, or cancels it when there is none.</summary>
    internal void ScheduleNextMove(Round round)
    {
        var key = RoundTransitionJob.Key(round.Code);
        if (RoundLifecycle.NextDueTime(round.State, round.Schedule) is { } at)
        {
            work.Schedule<RoundTransitionJob>(key, at, RoundTransitionJob.Data(round.Code));
        }
        else
        {
            work.Cancel<RoundTransitionJob>(key);
        }
    }

    internal static string Target(Round round) => $"Round/{round.Code}";

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new EvaluationRefusedException(RefusalReasons.ReasonRequired, "A reason is required: moves made by hand are audited with it.");
        }
    }

    private static string Allowed(RoundState state) =>
        string.Join(", ", Enum.GetValues<RoundState>().Where(s => RoundLifecycle.CanMove(state, s)).Select(s => s.ToName())) is { Length: > 0 } list ? list : "none";

    private async Task<List<string>> StageKeysAsync(Round round, CancellationToken cancellationToken) =>
        await store.Db.Stages.AsNoTracking().Where(s => s.RoundId == round.Id).OrderBy(s => s.Position).Select(s => s.Key).ToListAsync(cancellationToken);

    private async Task<string?> LastStageAsync(Round round, CancellationToken cancellationToken) =>
        (await StageKeysAsync(round, cancellationToken)).LastOrDefault();

    private static string Describe(RoundSchedule s) =>
        $"applicationsOpen {s.ApplicationsOpen:O}; scoringOpen {s.ScoringOpen:O}; scoringClose {s.ScoringClose:O}; publicNotice {s.PublicNotice:O}; noticeDays {s.NoticeDays}";

    private void SyncCriteria(Stage stage, IReadOnlyList<CriterionInput> criteria)
    {
        for (var position = 0; position < criteria.Count; position++)
        {
            var given = criteria[position];
            var row = stage.Criteria.FirstOrDefault(c => c.Key == given.Key);
            if (row is null)
            {
                row = new StageCriterion { Key = given.Key };
                stage.Criteria.Add(row);
            }

            row.Title = given.Title;
            row.Description = given.Description;
            row.Position = position;
            row.Max = given.Max;
            row.Weight = given.Weight;
            row.Step = given.Step;
            row.TieBreak = given.TieBreak;
        }

        foreach (var gone in stage.Criteria.Where(c => criteria.All(g => g.Key != c.Key)).ToList())
        {
            stage.Criteria.Remove(gone);
            store.Db.Criteria.Remove(gone);
        }
    }

    private void SyncJudges(Stage stage, IReadOnlyList<string> judges)
    {
        foreach (var judge in judges.Distinct(StringComparer.Ordinal))
        {
            if (stage.Judges.All(j => j.Judge != judge))
            {
                stage.Judges.Add(new StageJudge { Judge = judge });
            }
        }

        foreach (var gone in stage.Judges.Where(j => !judges.Contains(j.Judge, StringComparer.Ordinal)).ToList())
        {
            stage.Judges.Remove(gone);
            store.Db.StageJudges.Remove(gone);
        }
    }
}
