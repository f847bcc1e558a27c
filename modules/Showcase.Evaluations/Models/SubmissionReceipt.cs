namespace Showcase.Evaluations.Models;

/// <summary>
/// The client-made idempotency key of a scorecard submission and what it stored: a retry with the same key and the
/// same scores gets the stored result back; the same key with other scores is refused.
/// </summary>
public sealed class SubmissionReceipt
{
    public long Id { get; set; }

    public string Key { get; set; } = "";

    public int RoundId { get; set; }

    public string StageKey { get; set; } = "";

    public string EntryCode { get; set; } = "";

    public string Judge { get; set; } = "";

    /// <summary>The scores as submitted, in canonical form, to compare a replay with.</summary>
    public string ScoresJson { get; set; } = "";

    public long Revision { get; set; }

    public long LedgerSequence { get; set; }

    public DateTimeOffset ReceivedUtc { get; set; }
}
