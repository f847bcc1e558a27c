namespace Showcase.Evaluations.Judging;

/// <summary>Where a judge is with one scorecard.</summary>
public enum JudgeEntryStatus
{
    NotStarted,
    Draft,
    Submitted,
}
