namespace Showcase.Evaluations.Judging;

/// <summary>One entry on a judge's list: what to show (already blind when the round is) and how far the judge is.</summary>
/// <param name="Revision">The submitted scorecard's revision; 0 before any submission.</param>
public sealed record JudgeEntryLine(string EntryCode, string Title, string CommunityCode, string DistrictCode, JudgeEntryStatus Status, long Revision);
