using Showcase.Evaluations.Models;
using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>A stage as other modules see it.</summary>
public sealed record StageSummary(string Key, string Title, AggregationMethod Method, bool IsOpen);

/// <summary>A round as other modules see it: immutable, safe to keep.</summary>
public sealed record RoundSummary(
    string Code,
    string Title,
    int Year,
    RoundState State,
    string? OpenStage,
    bool LiveDisplay,
    RoundSchedule Schedule,
    IReadOnlyList<StageSummary> Stages,
    long Revision);

/// <summary>How other modules (leaderboards, the partner API, the public pages) list and find rounds.</summary>
public interface IRoundDirectory
{
    /// <returns>every round, newest year first, then by code.</returns>
    Task<IReadOnlyList<RoundSummary>> ListAsync(CancellationToken cancellationToken = default);

    Task<RoundSummary?> FindAsync(string code, CancellationToken cancellationToken = default);
}
