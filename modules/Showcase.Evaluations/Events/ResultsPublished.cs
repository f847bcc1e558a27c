using Showcase.Abstractions.Events;
using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Events;

/// <summary>A round's results were published (it entered PUBLIC_NOTICE or FINAL): the export's digest and the ledger head.</summary>
public sealed record ResultsPublished(string RoundCode, RoundState State, string Digest, long LedgerSequence, string LedgerHash) : IDomainEvent;
