namespace Showcase.Evaluations.Panels;

/// <summary>What a balanced assignment must satisfy.</summary>
/// <param name="JudgesPerEntry">k: every entry gets exactly this many judges.</param>
/// <param name="CapPerJudge">At most this many entries per judge; null for no cap (loads are still balanced).</param>
/// <param name="Conflicts">Pairs that must never be seated together.</param>
public sealed record AssignmentRequest(
    IReadOnlyList<AssignmentEntry> Entries,
    IReadOnlyList<AssignmentJudge> Judges,
    int JudgesPerEntry,
    int? CapPerJudge,
    IReadOnlyCollection<(string Judge, string Entry)> Conflicts);
