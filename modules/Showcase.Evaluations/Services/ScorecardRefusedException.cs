namespace Showcase.Evaluations.Services;

/// <summary>A scorecard refused: besides the reason, the criterion (when one score is at fault), the value and what is allowed.</summary>
public sealed class ScorecardRefusedException(string reason, string message, string? criterion = null, string? value = null, string? allowed = null)
    : EvaluationRefusedException(reason, message)
{
    public string? Criterion { get; } = criterion;

    public string? Value { get; } = value;

    public string? Allowed { get; } = allowed;
}
