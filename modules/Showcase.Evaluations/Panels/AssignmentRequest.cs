namespace Showcase.Evaluations.Panels;

/// <summary>An entry to seat judges on: its code and the district its community lies in.</summary>
public sealed record AssignmentEntry(string Code, string District);

/// <summary>A judge who may sit on panels; <see cref="District"/> is empty for a city-level judge or one without a unit.</summary>
public sealed record AssignmentJudge(string Id, string District);

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
