namespace Showcase.Evaluations.Models;

/// <summary>The audit of a round's moves: from, to, why, by whom (a manager, the schedule, a recipe).</summary>
public sealed class RoundTransition
{
    public long Id { get; set; }

    public int RoundId { get; set; }

    public RoundState From { get; set; }

    public RoundState To { get; set; }

    /// <summary>The stage open for scoring after the move, if any.</summary>
    public string? Stage { get; set; }

    public string Reason { get; set; } = "";

    public string Actor { get; set; } = "";

    public DateTimeOffset AtUtc { get; set; }
}
