using Microsoft.EntityFrameworkCore;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Services;

internal sealed class RoundDirectory(EvaluationsDbContext db) : IRoundDirectory
{
    public async Task<IReadOnlyList<RoundSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rounds = await db.Rounds.AsNoTracking().ToListAsync(cancellationToken);
        var stages = await db.Stages.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rounds
            .OrderByDescending(r => r.Year).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => Summary(r, stages.Where(s => s.RoundId == r.Id)))];
    }

    public async Task<RoundSummary?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, cancellationToken);
        return round is null
            ? null
            : Summary(round, await db.Stages.AsNoTracking().Where(s => s.RoundId == round.Id).ToListAsync(cancellationToken));
    }

    internal static RoundSummary Summary(Round round, IEnumerable<Stage> stages) => new(
        round.Code,
        round.Title,
        round.Year,
        round.State,
        round.OpenStage,
        round.LiveDisplay,
        round.Schedule,
        [.. stages.OrderBy(s => s.Position).Select(s => new StageSummary(s.Key, s.Title, s.Method, round.State == RoundState.Scoring && round.OpenStage == s.Key))],
        round.Revision);
}
