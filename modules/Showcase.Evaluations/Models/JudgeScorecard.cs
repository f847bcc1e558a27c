namespace Showcase.Evaluations.Models;

/// <summary>
/// A judge's scorecard for one entry in one stage: the submitted scores that count (once submitted) and the draft the
/// judge is typing (never counts). Scores are stored as entered, as JSON of criterion key → decimal text.
/// </summary>
public sealed class JudgeScorecard
{
    public int Id { get; set; }

    public int RoundId { get; set; }

    public string StageKey { get; set; } = "";

    public string EntryCode { get; set; } = "";

    public string Judge { get; set; } = "";

    /// <summary>The submitted scores; null while only a draft exists or after a withdrawal.</summary>
    public string? SubmittedJson { get; set; }

    /// <summary>1 for the first submission, +1 for each amendment; 0 before any.</summary>
    public long Revision { get; set; }

    /// <summary>The round's <see cref="Round.Revision"/> of the last submission, amendment or withdrawal of this scorecard.</summary>
    public long RoundRevision { get; set; }

    public string? DraftJson { get; set; }

    public string Comment { get; set; } = "";

    /// <summary>Set when a conflict recorded after submission took the scorecard off the panel.</summary>
    public bool IsExcluded { get; set; }

    public DateTimeOffset? SubmittedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public bool Counts => SubmittedJson is not null && !IsExcluded;

    /// <summary>A detached copy of the row as it is now (its values only).</summary>
    internal JudgeScorecard Copy() => (JudgeScorecard)MemberwiseClone();
}
