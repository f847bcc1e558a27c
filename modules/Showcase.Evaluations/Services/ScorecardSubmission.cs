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

public enum SubmissionOutcome
{
    /// <summary>Stored now: a new ledger event.</summary>
    Stored,

    /// <summary>The same key with the same scores was stored before; nothing new was stored.</summary>
    Replayed,
}

/// <summary>What a submission did.</summary>
/// <param name="Kind"><c>submit</c> for the first submission of the scorecard, <c>amend</c> after that.</param>
/// <param name="Revision">The scorecard's revision (1, 2, ...).</param>
/// <param name="LedgerSequence">The ledger event that records it.</param>
public sealed record SubmissionResult(SubmissionOutcome Outcome, string Kind, long Revision, long LedgerSequence);
