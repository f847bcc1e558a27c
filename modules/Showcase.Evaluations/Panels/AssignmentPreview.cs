using System.Collections.Immutable;

namespace Showcase.Evaluations.Panels;

/// <summary>
/// A balanced assignment shown to the manager before anything is stored: the seats, each judge's load, and the entries
/// that could not get k judges (then <see cref="IsComplete"/> is false and the preview cannot be committed).
/// </summary>
public sealed record AssignmentPreview(
    int JudgesPerEntry,
    int? CapPerJudge,
    ImmutableArray<SeatPlan> Seats,
    ImmutableDictionary<string, int> Load,
    ImmutableArray<string> ShortEntries)
{
    public bool IsComplete => ShortEntries.IsEmpty;

    public IEnumerable<string> JudgesOf(string entry) => Seats.Where(s => s.Entry == entry).Select(s => s.Judge);
}
