using Microsoft.Extensions.Logging;
using Quartz;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Jobs;

/// <summary>
/// One job per round (key <c>round/{code}</c>) that moves it when its schedule says. The trigger is kept in Quartz's
/// store in the database and fires at once when its time passed while the host was down; the work itself is
/// <see cref="RoundAdministration.RunScheduleAsync"/>, which catches up every due move and schedules the next.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RoundTransitionJob(RoundAdministration rounds, ILogger<RoundTransitionJob> logger) : IJob
{
    public const string RoundKey = "round";

    public static string KeyOf(string roundCode) => "round/" + roundCode;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var code = context.MergedJobDataMap.GetString(RoundKey) ?? "";
        var moves = await rounds.RunScheduleAsync(code, cancellationToken);
        logger.LogInformation("Round {Round}: scheduled moves {Moves}", code, moves.Count == 0 ? "none due" : string.Join(" → ", moves.Select(m => m.ToName())));
    }
}
