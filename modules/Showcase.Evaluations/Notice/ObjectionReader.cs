using Microsoft.EntityFrameworkCore;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Notice;

/// <summary>A round's objections for the managers' page: open ones first, then the rest, each newest first. Scoped.</summary>
public sealed class ObjectionReader(EvaluationsDbContext db)
{
    /// <returns>null when there is no such round.</returns>
    public async Task<IReadOnlyList<Objection>?> ListAsync(string roundCode, CancellationToken cancellationToken = default)
    {
        var roundId = await db.Rounds.AsNoTracking().Where(r => r.Code == roundCode).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (roundId is null)
        {
            return null;
        }

        var objections = await db.Objections.AsNoTracking().Where(o => o.RoundId == roundId).ToListAsync(cancellationToken);
        return [.. objections.OrderBy(o => o.State == ObjectionState.Open ? 0 : 1).ThenByDescending(o => o.Id)];
    }
}
