using Microsoft.EntityFrameworkCore;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Judging;

/// <summary>
/// What a judge may see: the rounds they sit on, the entries on their panels, and the one rule every judging page and
/// POST asks first — a judge reaches an entry's scorecard only when the entry is accepted, takes part in the stage,
/// is on the judge's panel there, and has no conflict with the judge. The services check the same again when storing.
/// </summary>
public sealed class JudgeWorkspace(RoundStore store, IStandingsReader standings)
{
    public async Task<IReadOnlyList<JudgeAssignment>> AssignmentsAsync(string judge, CancellationToken cancellationToken = default)
    {
        var db = store.Db;
        var roundIds = await db.StageJudges.AsNoTracking().Where(j => j.Judge == judge)
            .Join(db.Stages, j => j.StageId, s => s.Id, (j, s) => s.RoundId)
            .Distinct().ToListAsync(cancellationToken);
        var rounds = await db.Rounds.AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToListAsync(cancellationToken);
        var list = new List<JudgeAssignment>();
        foreach (var round in rounds.OrderBy(r => r.State == RoundState.Scoring ? 0 : 1).ThenByDescending(r => r.Year).ThenBy(r => r.Code, StringComparer.Ordinal))
        {
            if (await standings.GetAsync(round.Code, cancellationToken) is not { } results || StageFor(results.Snapshot, judge) is not { } stage)
            {
                continue;
            }

            var cards = await db.Scorecards.AsNoTracking()
                .Where(c => c.RoundId == round.Id && c.StageKey == stage.Key && c.Judge == judge)
                .ToDictionaryAsync(c => c.EntryCode, StringComparer.Ordinal, cancellationToken);
            var blind = results.Snapshot.Round.BlindMode;
            var lines = Panel(results, stage, judge)
                .Select(entry => Line(entry, cards.GetValueOrDefault(entry.Code), blind))
                .ToList();
            var snapshotRound = results.Snapshot.Round;
            list.Add(new JudgeAssignment(
                round.Code,
                snapshotRound.Title,
                snapshotRound.State,
                stage.Key,
                stage.Title,
                snapshotRound.State == RoundState.Scoring && snapshotRound.OpenStage == stage.Key,
                blind,
                lines));
        }

        return list;
    }

    /// <summary>Whether the judge may open the entry's scorecard, and what the page is made from when they may.</summary>
    public async Task<JudgeEntryView> OpenAsync(string judge, string roundCode, string entryCode, CancellationToken cancellationToken = default)
    {
        if (await standings.GetAsync(roundCode, cancellationToken) is not { } results
            || results.Snapshot.Entry(entryCode) is not { Status: EntryStatus.Accepted } entry)
        {
            return new JudgeEntryView(JudgeAccess.NotFound);
        }

        var snapshot = results.Snapshot;
        if (StageFor(snapshot, judge) is not { } stage)
        {
            return new JudgeEntryView(JudgeAccess.NotJudge);
        }

        if (snapshot.IsConflicted(judge, entryCode))
        {
            return new JudgeEntryView(JudgeAccess.Conflicted);
        }

        if (Panel(results, stage, judge).All(e => e.Code != entryCode))
        {
            return new JudgeEntryView(JudgeAccess.NotAssigned);
        }

        // The round row read fresh: the cached snapshot may be a revision behind a draft saved a moment ago.
        var round = await store.FindAsync(roundCode, cancellationToken) ?? snapshot.Round;
        var card = await store.Db.Scorecards.AsNoTracking()
            .FirstOrDefaultAsync(c => c.RoundId == round.Id && c.StageKey == stage.Key && c.EntryCode == entryCode && c.Judge == judge, cancellationToken);
        return new JudgeEntryView(JudgeAccess.Allowed, round, stage, entry, card);
    }

    /// <summary>The stage a judge works in: the open one when they are listed for it, else the last one they are listed for.</summary>
    internal static Stage? StageFor(RoundSnapshot snapshot, string judge)
    {
        var listed = snapshot.Stages.Where(s => s.Judges.Any(j => j.Judge == judge)).ToList();
        return listed.FirstOrDefault(s => snapshot.Round.State == RoundState.Scoring && s.Key == snapshot.Round.OpenStage) ?? listed.LastOrDefault();
    }

    /// <summary>The accepted entries taking part in the stage that are on the judge's panel and not conflicted with them, by code.</summary>
    private static IEnumerable<Entry> Panel(RoundResults results, Stage stage, string judge)
    {
        var snapshot = results.Snapshot;
        var taking = results.Standings.Stages.FirstOrDefault(s => s.Stage == stage.Key)?.Entries.Select(e => e.EntryCode).ToHashSet(StringComparer.Ordinal)
            ?? [];
        return snapshot.Entries.Where(e =>
            e.Status == EntryStatus.Accepted
            && taking.Contains(e.Code)
            && snapshot.IsAssigned(stage, judge, e.Code)
            && !snapshot.IsConflicted(judge, e.Code));
    }

    private static JudgeEntryLine Line(Entry entry, JudgeScorecard? card, bool blind)
    {
        var status = card switch
        {
            { SubmittedJson: not null } => JudgeEntryStatus.Submitted,
            { DraftJson: not null } => JudgeEntryStatus.Draft,
            _ => JudgeEntryStatus.NotStarted,
        };
        return blind
            ? new JudgeEntryLine(entry.Code, "", "", "", status, card?.Revision ?? 0)
            : new JudgeEntryLine(entry.Code, entry.Title, entry.CommunityCode, entry.DistrictCode, status, card?.Revision ?? 0);
    }
}
