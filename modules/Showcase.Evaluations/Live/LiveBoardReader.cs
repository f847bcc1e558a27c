using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Organizations.Services;
using Showcase.Scoring;

namespace Showcase.Evaluations.Live;

/// <summary>
/// Builds a round's <see cref="LiveBoard"/> from its live results (<see cref="IStandingsReader"/>: computed once per
/// revision and shared), the entries' titles and the organisation tree's names. Scoped.
/// </summary>
public sealed class LiveBoardReader(IStandingsReader standings, IOrganizationDirectory organizations, TimeProvider clock)
{
    /// <returns>null when there is no such round.</returns>
    public async Task<LiveBoard?> ReadAsync(string roundCode, CancellationToken cancellationToken = default)
    {
        if (await standings.GetAsync(roundCode, cancellationToken) is not { } results)
        {
            return null;
        }

        var snapshot = results.Snapshot;
        var round = snapshot.Round;
        var stage = (round.State == RoundState.Scoring ? snapshot.Stage(round.OpenStage ?? "") : null) ?? (snapshot.Stages.Count > 0 ? snapshot.Stages[^1] : null);
        if (stage is null)
        {
            return new LiveBoard(round.Code, round.Title, round.State.ToName(), round.LiveDisplay, "", "", round.Revision, round.LedgerSequence, 0, 0, 0, [], [], clock.GetUtcNow());
        }

        var tree = await organizations.GetTreeAsync(cancellationToken);
        var progress = results.Progress.FirstOrDefault(p => p.Stage == stage.Key);
        var byEntry = progress?.Entries.ToDictionary(e => e.Entry, StringComparer.Ordinal) ?? [];
        var lines = results.Standings.Stage(stage.Key).Entries
            .OrderBy(s => s.Position)
            .Select(s =>
            {
                var entry = snapshot.Entry(s.EntryCode);
                var done = byEntry.GetValueOrDefault(s.EntryCode);
                return new LiveBoardEntry(
                    s.EntryCode,
                    entry?.Title ?? s.EntryCode,
                    entry is null ? "" : tree.Find(entry.CommunityCode)?.Name ?? entry.CommunityCode,
                    entry is null ? "" : tree.Find(entry.DistrictCode)?.Name ?? entry.DistrictCode,
                    s.Status.ToExportName(),
                    s.ScoreText,
                    s.Rank,
                    s.Tied,
                    done?.Submitted ?? 0,
                    done?.Expected ?? 0);
            })
            .ToList();
        var judges = progress?.Judges
            .Select(j => new LiveBoardJudge(snapshot.PseudonymOf(j.Judge), j.Submitted, j.Assigned))
            .OrderBy(j => j.Name, StringComparer.Ordinal)
            .ToList() ?? [];
        return new LiveBoard(
            round.Code,
            round.Title,
            round.State.ToName(),
            round.LiveDisplay,
            stage.Key,
            stage.Title,
            round.Revision,
            round.LedgerSequence,
            TopRanks(snapshot),
            progress?.Submitted ?? 0,
            progress?.Expected ?? 0,
            judges,
            lines,
            clock.GetUtcNow());
    }

    /// <summary>The first rank-counting band of the round's bands (the last stage's when the round lists none).</summary>
    private static int TopRanks(RoundSnapshot snapshot) =>
        snapshot.Definition.EffectiveBands.FirstOrDefault(b => b.TopRanks is not null)?.TopRanks ?? 0;
}
