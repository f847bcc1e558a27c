using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Evaluations.Events;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Panels;
using Showcase.Organizations.Services;

namespace Showcase.Evaluations.Services;

/// <summary>
/// Panels: the judges listed for a stage, and how they meet the entries — every judge every entry, or a balanced
/// assignment (<see cref="PanelAssigner"/>) shown as a preview that the manager commits or discards. Seats changed by
/// hand afterwards are audited. A conflicted pair is never seated.
/// </summary>
public sealed class PanelService(IUnitOfWork work, RoundStore store, ConflictService conflicts, IOrganizationDirectory organizations, IJudgeDirectory judges, IAuditLog audit)
{
    /// <summary>Sets the judges listed for a stage, then adds the conflicts the organisation tree implies for them.</summary>
    public Task SetJudgesAsync(string actor, string roundCode, string stageKey, IReadOnlyList<string> judgeNames, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            var round = await store.LockAsync(roundCode, ct);
            var stage = await StageAsync(round, stageKey, ct);
            foreach (var judge in judgeNames.Distinct(StringComparer.Ordinal).Where(j => stage.Judges.All(s => s.Judge != j)))
            {
                stage.Judges.Add(new StageJudge { Judge = judge });
            }

            foreach (var gone in stage.Judges.Where(j => !judgeNames.Contains(j.Judge, StringComparer.Ordinal)).ToList())
            {
                stage.Judges.Remove(gone);
                store.Db.StageJudges.Remove(gone);
            }

            await store.Db.SaveChangesAsync(ct);
            await audit.WriteAsync(actor, "panel.judges", RoundAdministration.Target(round), $"{stageKey}: {string.Join(", ", judgeNames)}", ct);
            await conflicts.RefreshImpliedCoreAsync(round, actor, ct);
            work.Raise(new RoundDefinitionChanged(round.Code, "judges", round.Revision));
        }, cancellationToken);

    /// <summary>A balanced assignment for the stage's accepted entries and judges; nothing is stored.</summary>
    public async Task<AssignmentPreview> PreviewAsync(string roundCode, string stageKey, int judgesPerEntry, int? capPerJudge, CancellationToken cancellationToken = default)
    {
        var round = await store.FindAsync(roundCode, cancellationToken)
            ?? throw new EvaluationRefusedException(RefusalReasons.RoundNotFound, $"There is no round '{roundCode}'.");
        return PanelAssigner.Assign(await RequestAsync(round, stageKey, judgesPerEntry, capPerJudge, cancellationToken));
    }

    /// <summary>
    /// Stores a previewed assignment as the stage's seats (the stage's panels become assigned). It is checked again
    /// against the round as it is now: complete, no conflicted pair, every judge listed, k per entry, the cap kept.
    /// </summary>
    public Task CommitAsync(string actor, string roundCode, string stageKey, AssignmentPreview preview, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            var round = await store.LockAsync(roundCode, ct);
            var request = await RequestAsync(round, stageKey, preview.JudgesPerEntry, preview.CapPerJudge, ct);
            var problem = Problem(request, preview);
            if (problem is not null)
            {
                throw new EvaluationRefusedException(RefusalReasons.InvalidAssignment, problem);
            }

            var stage = await StageAsync(round, stageKey, ct);
            store.Db.Seats.RemoveRange(await store.Db.Seats.Where(s => s.StageId == stage.Id).ToListAsync(ct));
            store.Db.Seats.AddRange(preview.Seats.Select(s => new PanelSeat { StageId = stage.Id, EntryCode = s.Entry, Judge = s.Judge }));
            stage.PanelMode = PanelMode.Assigned;
            await store.Db.SaveChangesAsync(ct);
            await audit.WriteAsync(actor, "panel.assign", RoundAdministration.Target(round), $"{stageKey}: {preview.Seats.Length} seats, {preview.JudgesPerEntry} per entry, cap {preview.CapPerJudge?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}", ct);
            work.Raise(new RoundDefinitionChanged(round.Code, "panels", round.Revision));
        }, cancellationToken);

    /// <summary>Every judge of the stage scores every entry again (committed seats are dropped).</summary>
    public Task UseEveryJudgeAsync(string actor, string roundCode, string stageKey, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            var round = await store.LockAsync(roundCode, ct);
            var stage = await StageAsync(round, stageKey, ct);
            store.Db.Seats.RemoveRange(await store.Db.Seats.Where(s => s.StageId == stage.Id).ToListAsync(ct));
            stage.PanelMode = PanelMode.EveryJudge;
            await store.Db.SaveChangesAsync(ct);
            await audit.WriteAsync(actor, "panel.every-judge", RoundAdministration.Target(round), stageKey, ct);
            work.Raise(new RoundDefinitionChanged(round.Code, "panels", round.Revision));
        }, cancellationToken);

    /// <summary>Seats or unseats one judge for one entry by hand (audited); a conflicted pair is refused.</summary>
    public Task SetSeatAsync(string actor, string roundCode, string stageKey, string entryCode, string judge, bool seated, string reason, CancellationToken cancellationToken = default) =>
        work.ExecuteAsync(async ct =>
        {
            var round = await store.LockAsync(roundCode, ct);
            var stage = await StageAsync(round, stageKey, ct);
            var snapshot = await store.SnapshotAsync(round, ct);
            if (stage.PanelMode != PanelMode.Assigned)
            {
                throw new EvaluationRefusedException(RefusalReasons.InvalidAssignment, $"Stage '{stageKey}' has every judge on every panel; commit an assignment first.");
            }

            var seat = await store.Db.Seats.FirstOrDefaultAsync(s => s.StageId == stage.Id && s.EntryCode == entryCode && s.Judge == judge, ct);
            if (seated && seat is null)
            {
                if (snapshot.IsConflicted(judge, entryCode))
                {
                    throw new EvaluationRefusedException(RefusalReasons.ConflictedJudge, $"Judge '{judge}' has a conflict with entry '{entryCode}' and cannot be seated.");
                }

                if (stage.Judges.All(j => j.Judge != judge) || snapshot.Entry(entryCode) is not { Status: EntryStatus.Accepted })
                {
                    throw new EvaluationRefusedException(RefusalReasons.InvalidAssignment, $"Judge '{judge}' is not listed for stage '{stageKey}', or entry '{entryCode}' is not accepted.");
                }

                store.Db.Seats.Add(new PanelSeat { StageId = stage.Id, EntryCode = entryCode, Judge = judge });
            }
            else if (!seated && seat is not null)
            {
                store.Db.Seats.Remove(seat);
            }

            await store.Db.SaveChangesAsync(ct);
            await audit.WriteAsync(actor, seated ? "panel.seat" : "panel.unseat", RoundAdministration.Target(round), $"{stageKey}/{entryCode}/{judge}: {reason}", ct);
            work.Raise(new RoundDefinitionChanged(round.Code, "panels", round.Revision));
        }, cancellationToken);

    private async Task<AssignmentRequest> RequestAsync(Round round, string stageKey, int judgesPerEntry, int? capPerJudge, CancellationToken cancellationToken)
    {
        var snapshot = await store.SnapshotAsync(round, cancellationToken);
        var stage = snapshot.Stage(stageKey)
            ?? throw new EvaluationRefusedException(RefusalReasons.StageNotFound, $"Round '{round.Code}' has no stage '{stageKey}'.");
        var tree = await organizations.GetTreeAsync(cancellationToken);
        var info = await judges.FindAsync(stage.Judges.Select(j => j.Judge), cancellationToken);
        return new AssignmentRequest(
            [.. snapshot.Entries.Where(e => e.Status == EntryStatus.Accepted).Select(e => new AssignmentEntry(e.Code, e.DistrictCode))],
            [.. stage.Judges.Select(j => new AssignmentJudge(j.Judge, Models.ConflictRule.DistrictOf(tree, info[j.Judge].UnitCode)))],
            judgesPerEntry,
            capPerJudge,
            [.. snapshot.Conflicts.Select(c => (c.Judge, c.EntryCode))]);
    }

    private static string? Problem(AssignmentRequest request, AssignmentPreview preview)
    {
        if (!preview.IsComplete)
        {
            return $"The assignment leaves entries without {preview.JudgesPerEntry} judges: {string.Join(", ", preview.ShortEntries)}.";
        }

        var conflicts = request.Conflicts.ToHashSet();
        var judges = request.Judges.Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
        if (preview.Seats.FirstOrDefault(s => conflicts.Contains((s.Judge, s.Entry)) || !judges.Contains(s.Judge)) is { } bad)
        {
            return $"Judge '{bad.Judge}' cannot be seated for entry '{bad.Entry}' (a conflict, or not listed for the stage).";
        }

        foreach (var entry in request.Entries)
        {
            var count = preview.Seats.Count(s => s.Entry == entry.Code);
            if (count != preview.JudgesPerEntry)
            {
                return $"Entry '{entry.Code}' has {count} judges, not {preview.JudgesPerEntry}: the entries changed since the preview.";
            }
        }

        if (preview.CapPerJudge is int cap && preview.Seats.GroupBy(s => s.Judge).FirstOrDefault(g => g.Count() > cap) is { } over)
        {
            return $"Judge '{over.Key}' has {over.Count()} entries, above the cap of {cap}.";
        }

        return preview.Seats.Length == request.Entries.Count * preview.JudgesPerEntry ? null : "The preview seats entries that are not accepted in the stage.";
    }

    private async Task<Stage> StageAsync(Round round, string stageKey, CancellationToken cancellationToken) =>
        await store.Db.Stages.Include(s => s.Judges).FirstOrDefaultAsync(s => s.RoundId == round.Id && s.Key == stageKey, cancellationToken)
        ?? throw new EvaluationRefusedException(RefusalReasons.StageNotFound, $"Round '{round.Code}' has no stage '{stageKey}'.");
}
