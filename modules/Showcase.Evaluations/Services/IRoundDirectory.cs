using Showcase.Evaluations.Models;
using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>How other modules (leaderboards, the partner API, the public pages) list and find rounds.</summary>
public interface IRoundDirectory
{
    /// <returns>every round, newest year first, then by code.</returns>
    Task<IReadOnlyList<RoundSummary>> ListAsync(CancellationToken cancellationToken = default);

    Task<RoundSummary?> FindAsync(string code, CancellationToken cancellationToken = default);
}
