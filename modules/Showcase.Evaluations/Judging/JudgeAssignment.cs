using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Judging;

/// <summary>A round a judge sits on: the stage the list is about (the open one, else the last the judge is listed for) and the entries to score there.</summary>
public sealed record JudgeAssignment(
    string RoundCode,
    string RoundTitle,
    RoundState State,
    string StageKey,
    string StageTitle,
    bool IsOpen,
    bool BlindMode,
    IReadOnlyList<JudgeEntryLine> Entries)
{
    public int Submitted => Entries.Count(e => e.Status == JudgeEntryStatus.Submitted);
}
