using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>A criterion as a manager or a recipe defines it.</summary>
public sealed record CriterionInput(string Key, string Title, decimal Max, decimal Weight = 1m, decimal Step = 0.5m, int? TieBreak = null, string Description = "");
