using Microsoft.EntityFrameworkCore;
using Showcase.Evaluations.Data;

namespace Showcase.Evaluations.Services;

internal sealed class StandingsReader(EvaluationsDbContext db, RoundStore store, StandingsCache cache) : IStandingsReader
{
    public async Task<RoundResults?> GetAsync(string roundCode, CancellationToken cancellationToken = default)
    {
        var revision = await db.Rounds.AsNoTracking().Where(r => r.Code == roundCode).Select(r => (long?)r.Revision).FirstOrDefaultAsync(cancellationToken);
        if (revision is null)
        {
            return null;
        }

        if (cache.TryGet(roundCode, revision.Value, out var cached))
        {
            return cached;
        }

        var gate = cache.LockFor(roundCode);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var round = await store.FindAsync(roundCode, cancellationToken);
            if (round is null)
            {
                return null;
            }

            if (cache.TryGet(roundCode, round.Revision, out cached))
            {
                return cached;
            }

            var results = await ComputeAsync(store, round, cancellationToken);
            cache.Store(results);
            return results;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The results of the round as stored now, from scratch.</summary>
    internal static async Task<RoundResults> ComputeAsync(RoundStore store, Models.Round round, CancellationToken cancellationToken)
    {
        var snapshot = await store.SnapshotAsync(round, cancellationToken);
        var tally = await store.TallyAsync(snapshot, cancellationToken);
        var submitted = await store.Db.Scorecards.AsNoTracking()
            .Where(s => s.RoundId == round.Id && s.SubmittedJson != null && !s.IsExcluded)
            .Select(s => new { s.StageKey, s.EntryCode, s.Judge })
            .ToListAsync(cancellationToken);
        var standings = tally.Standings();
        return new RoundResults(snapshot, tally, standings, RoundResults.ProgressOf(snapshot, standings, [.. submitted.Select(s => (s.StageKey, s.EntryCode, s.Judge))]));
    }
}
