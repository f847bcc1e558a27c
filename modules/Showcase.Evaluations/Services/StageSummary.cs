using Showcase.Evaluations.Models;
using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>A stage as other modules see it.</summary>
public sealed record StageSummary(string Key, string Title, AggregationMethod Method, bool IsOpen);
