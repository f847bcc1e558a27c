using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Jobs;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Jobs;

/// <summary>
/// One job per round (key <c>round/{code}</c>) that moves it when its schedule says. The core keeps the request in the
/// database and runs it at once when its time passed while the host was down; the work itself is
/// <see cref="RoundAdministration.RunScheduleAsync"/>, which catches up every due move and asks for the next.
/// </summary>
public sealed class RoundTransitionJob(RoundAdministration rounds, ILogger<RoundTransitionJob> logger) : IScheduledJob
{
    private const string RoundKey = "round";

    public static string Key(string roundCode) => "round/" + roundCode;

    public static IReadOnlyDictionary<string, string> Data(string roundCode) => new Dictionary<string, string> { [RoundKey] = roundCode };

    public async Task RunAsync(ScheduledJobContext context, CancellationToken cancellationToken)
    {
        var code = context.Get(RoundKey);
        var moves = await rounds.RunScheduleAsync(code, cancellationToken);
        logger.LogInformation("Round {Round}: scheduled moves {Moves}", code, moves.Count == 0 ? "none due" : string.Join(" → ", moves.Select(m => m.ToName())));
    }
}
