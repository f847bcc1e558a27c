using Showcase.Evaluations.Models;
using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>A round as other modules see it: immutable, safe to keep.</summary>
public sealed record RoundSummary(
    string Code,
    string Title,
    int Year,
    RoundState State,
    string? OpenStage,
    bool LiveDisplay,
    RoundSchedule Schedule,
    IReadOnlyList<StageSummary> Stages,
    long Revision);
