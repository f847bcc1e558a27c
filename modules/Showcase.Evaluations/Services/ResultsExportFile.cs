namespace Showcase.Evaluations.Services;

/// <summary>The results export of SCORING.md as written out: the JSON text, its digest and the ledger head it carries.</summary>
public sealed record ResultsExportFile(string RoundCode, string Json, string Digest, long LedgerSequence, string LedgerHash);
