using Microsoft.EntityFrameworkCore;
using Showcase.Core.Hosting;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Jobs;

/// <summary>
/// At start, after the default recipe: every round whose schedule still has a move ahead gets it done now if it is due
/// (a time missed while the host was down) and its job scheduled for the next one. This also picks up rounds a recipe
/// wrote inside its own transaction, where no job could be scheduled.
/// </summary>
internal sealed class RoundScheduleStartupTask(EvaluationsDbContext db, RoundAdministration rounds) : IStartupTask
{
    public int Order => 1000;

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        var scheduled = await db.Rounds.AsNoTracking()
            .Where(r => r.ApplicationsOpenUtc != null || r.ScoringOpenUtc != null || r.ScoringCloseUtc != null || r.PublicNoticeUtc != null)
            .Select(r => r.Code)
            .ToListAsync(cancellationToken);
        foreach (var code in scheduled.Order(StringComparer.Ordinal))
        {
            await rounds.RunScheduleAsync(code, cancellationToken);
        }
    }
}
