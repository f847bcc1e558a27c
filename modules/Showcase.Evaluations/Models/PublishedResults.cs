namespace Showcase.Evaluations.Models;

/// <summary>
/// The results a round published when it entered PUBLIC_NOTICE or FINAL: the export of SCORING.md as written then, its
/// digest and the ledger head. The latest row is what the public notice shows and what <c>verify</c> recomputes.
/// </summary>
public sealed class PublishedResults
{
    public int Id { get; set; }

    public int RoundId { get; set; }

    public RoundState State { get; set; }

    public string ExportJson { get; set; } = "";

    public string Digest { get; set; } = "";

    public long LedgerSequence { get; set; }

    public string LedgerHash { get; set; } = "";

    public DateTimeOffset PublishedUtc { get; set; }
}
