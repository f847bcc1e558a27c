using System.Collections.Immutable;
using Showcase.Evaluations.Models;
using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>A judge's progress in a stage: the entries they are to score and how many of those they have submitted.</summary>
public sealed record JudgeProgress(string Judge, int Assigned, int Submitted);
