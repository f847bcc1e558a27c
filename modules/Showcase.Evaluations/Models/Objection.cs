namespace Showcase.Evaluations.Models;

/// <summary>An objection lodged by anyone during the public notice (公示), acknowledged with a reference number.</summary>
public sealed class Objection
{
    public int Id { get; set; }

    public int RoundId { get; set; }

    /// <summary>What the person is told to quote, e.g. <c>2021-top10-003</c>.</summary>
    public string Reference { get; set; } = "";

    public string Name { get; set; } = "";

    public string Contact { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The stage the objection is about; an upheld objection reopens it (the last stage when empty).</summary>
    public string StageKey { get; set; } = "";

    public ObjectionState State { get; set; } = ObjectionState.Open;

    public string Resolution { get; set; } = "";

    public string ResolvedBy { get; set; } = "";

    public DateTimeOffset LodgedUtc { get; set; }

    public DateTimeOffset? ResolvedUtc { get; set; }
}
