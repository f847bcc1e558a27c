namespace Showcase.Evaluations.Models;

/// <summary>
/// One stored event of a round's score ledger (SCORING.md): its JSON and h_n. Rows are only ever added, in sequence,
/// in the same transaction as the scorecard change they record.
/// </summary>
public sealed class LedgerRow
{
    public long Id { get; set; }

    public int RoundId { get; set; }

    public long Sequence { get; set; }

    public string EventJson { get; set; } = "";

    public string Hash { get; set; } = "";
}
