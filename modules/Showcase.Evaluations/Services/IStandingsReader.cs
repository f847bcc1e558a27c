namespace Showcase.Evaluations.Services;

/// <summary>
/// Live results of a round for other modules (leaderboards, the big screen, the partner API). Cheap and thread-safe:
/// one small query for the round's revision, and the results computed once per revision and shared.
/// </summary>
public interface IStandingsReader
{
    /// <returns>null when there is no such round.</returns>
    Task<RoundResults?> GetAsync(string roundCode, CancellationToken cancellationToken = default);
}
