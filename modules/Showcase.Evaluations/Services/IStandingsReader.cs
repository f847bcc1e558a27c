namespace Showcase.Evaluations.Services;

/// <summary>
/// Live results of a round for other modules (leaderboards, the big screen, the partner API). Cheap and thread-safe:
/// one small query for the round's revision, and the results computed once per revision and shared.
/// </summary>
public interface IStandingsReader
{
    /// <returns>null when there is no such round.</returns>
    Task<RoundResults?> GetAsync(string roundCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// The results of exactly <paramref name="revision"/> if this node has already computed them, without reading the
    /// database; null otherwise. For a caller told the revision by an event (<c>ScorecardSubmitted.Revision</c>).
    /// </summary>
    RoundResults? Computed(string roundCode, long revision);
}
