namespace Showcase.Evaluations.Services;

/// <summary>
/// A judge's scorecard as sent: scores by criterion key, and a client-made idempotency key, so that a retry after a
/// dropped connection never stores twice.
/// </summary>
public sealed record ScorecardSubmission(
    string RoundCode,
    string Stage,
    string Entry,
    string Judge,
    IReadOnlyDictionary<string, decimal> Scores,
    string IdempotencyKey,
    string Comment = "");
