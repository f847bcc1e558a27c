using Microsoft.EntityFrameworkCore;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Models;
using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

internal sealed class StandingsReader(EvaluationsDbContext db, RoundStore store, StandingsCache cache) : IStandingsReader
{
    /// <summary>How often the round may move on while the changed scorecards are read before the results are computed from scratch.</summary>
    private const int AdvanceAttempts = 3;

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

            var results = await AdvanceAsync(round, cancellationToken) ?? await ComputeAsync(store, round, cancellationToken);
            cache.Store(results);
            return results;
        }
        finally
        {
            gate.Release();
        }
    }

    public RoundResults? Computed(string roundCode, long revision) =>
        cache.TryGet(roundCode, revision, out var results) ? results : null;

    /// <summary>The results of the round as stored now, from scratch.</summary>
    internal static async Task<RoundResults> ComputeAsync(RoundStore store, Round round, CancellationToken cancellationToken)
    {
        var snapshot = await store.SnapshotAsync(round, cancellationToken);
        var tally = await store.TallyAsync(snapshot, cancellationToken);
        var submitted = await store.Db.Scorecards.AsNoTracking()
            .Where(s => s.RoundId == round.Id && s.SubmittedJson != null && !s.IsExcluded)
            .Select(s => new { s.StageKey, s.EntryCode, s.Judge })
            .ToListAsync(cancellationToken);
        return RoundResults.Of(snapshot, tally, submitted.Select(s => (s.StageKey, s.EntryCode, s.Judge)));
    }

    /// <summary>
    /// The cached results carried forward to the round's revision by the scorecards changed since, when only judges'
    /// scorecards changed in between (the definition revision is the same); null when they cannot be. The changed rows
    /// and the round are read without a transaction, so the round is read again after them: if it moved on meanwhile, a
    /// changed row may already hold the newer state, and the attempt is repeated at the newer revision.
    /// </summary>
    private async Task<RoundResults?> AdvanceAsync(Round round, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < AdvanceAttempts; attempt++)
        {
            if (!cache.TryGetLatest(round.Code, out var earlier)
                || earlier.Snapshot.Round.Id != round.Id
                || earlier.Revision >= round.Revision
                || earlier.Snapshot.Round.DefinitionRevision != round.DefinitionRevision)
            {
                return null;
            }

            var changed = await db.Scorecards.AsNoTracking()
                .Where(s => s.RoundId == round.Id && s.RoundRevision > earlier.Revision)
                .ToListAsync(cancellationToken);
            var now = await store.FindAsync(round.Code, cancellationToken);
            if (now is null)
            {
                return null;
            }

            if (now.Revision != round.Revision)
            {
                round = now;
                continue;
            }

            try
            {
                return earlier.Advance(round, changed);
            }
            catch (ScorecardRejectedException)
            {
                // A stored scorecard the definition refuses: the full computation reports it as it always has.
                return null;
            }
        }

        return null;
    }
}
