using Showcase.Abstractions.Events;

namespace Showcase.Evaluations.Events;

/// <summary>A scorecard was submitted, amended, withdrawn or excluded (one ledger event); delivered after commit.</summary>
/// <param name="Kind"><c>submit</c>, <c>amend</c>, <c>withdraw</c> or <c>exclude</c>, as the ledger names it.</param>
/// <param name="Revision">The round's revision after the change: standings older than it are stale.</param>
public sealed record ScorecardSubmitted(string RoundCode, string Stage, string EntryCode, string Judge, string Kind, long LedgerSequence, long Revision) : IDomainEvent;
