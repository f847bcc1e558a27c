using System.Collections.Immutable;
using Showcase.Evaluations.Models;
using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

public sealed record StageProgress(string Stage, ImmutableArray<JudgeProgress> Judges, ImmutableArray<EntryProgress> Entries)
{
    public int Expected => Entries.Sum(e => e.Expected);

    public int Submitted => Entries.Sum(e => e.Submitted);
}
