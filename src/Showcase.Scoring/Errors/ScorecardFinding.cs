namespace Showcase.Scoring;

/// <summary>One problem with a scorecard.</summary>
/// <param name="Path">Where in the scorecard: <c>stage</c>, <c>judge</c>, <c>entry</c>, <c>revision</c>, <c>scores</c>, or <c>criteria.&lt;key&gt;</c>.</param>
/// <param name="Criterion">The criterion key, or null when the problem is not about one score.</param>
/// <param name="Value">The offending value as entered (a score, a judge, an entry or a stage key).</param>
/// <param name="Allowed">What would have been accepted, in words.</param>
public sealed record ScorecardFinding(ScorecardProblem Problem, string Path, string? Criterion, string Value, string Allowed)
{
    internal static string CriterionPath(string key) => "criteria." + key;
}
