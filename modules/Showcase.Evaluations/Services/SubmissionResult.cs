namespace Showcase.Evaluations.Services;

/// <summary>What a submission did.</summary>
/// <param name="Kind"><c>submit</c> for the first submission of the scorecard, <c>amend</c> after that.</param>
/// <param name="Revision">The scorecard's revision (1, 2, ...).</param>
/// <param name="LedgerSequence">The ledger event that records it.</param>
public sealed record SubmissionResult(SubmissionOutcome Outcome, string Kind, long Revision, long LedgerSequence);
