namespace Showcase.Scoring;

/// <summary>A scorecard the rules refuse: it names the stage, judge and entry, the criterion (or field), the value and what is allowed.</summary>
public sealed class ScorecardRejectedException : ScoringException
{
    public ScorecardRejectedException(ScorecardProblem problem, string stage, string judge, string entry, string? criterion, string value, string allowed)
        : base(Describe(problem, stage, judge, entry, criterion, value, allowed))
    {
        Problem = problem;
        Stage = stage;
        Judge = judge;
        Entry = entry;
        Criterion = criterion;
        Value = value;
        Allowed = allowed;
    }

    public ScorecardProblem Problem { get; }

    public string Stage { get; }

    public string Judge { get; }

    public string Entry { get; }

    /// <summary>The criterion key, or null when the problem is not about one score.</summary>
    public string? Criterion { get; }

    /// <summary>The offending value as entered (a score, a judge, an entry or a stage key).</summary>
    public string Value { get; }

    /// <summary>What would have been accepted, in words.</summary>
    public string Allowed { get; }

    internal static ScorecardRejectedException MissingCriterion(string stage, string judge, string entry, Criterion criterion) =>
        new(ScorecardProblem.MissingCriterion, stage, judge, entry, criterion.Key, "(none)", Range(criterion));

    internal static string Range(Criterion criterion) =>
        $"0 to {criterion.Max.ToInvariantString()} in steps of {criterion.Step.ToInvariantString()}";

    private static string Describe(ScorecardProblem problem, string stage, string judge, string entry, string? criterion, string value, string allowed)
    {
        var what = problem switch
        {
            ScorecardProblem.UnknownStage => $"stage '{value}' is not a stage of the round",
            ScorecardProblem.UnknownEntry => $"entry '{value}' is not an entry of the round",
            ScorecardProblem.UnknownJudge => $"judge '{value}' is not listed for the stage",
            ScorecardProblem.WithdrawnEntry => $"entry '{value}' is withdrawn",
            ScorecardProblem.ConflictedJudge => $"judge '{judge}' has a conflict with entry '{entry}'",
            ScorecardProblem.MissingCriterion => $"criterion '{criterion}' has no score",
            ScorecardProblem.UnknownCriterion => $"'{criterion}' = {value} names no criterion",
            ScorecardProblem.AboveMaximum => $"{criterion} = {value} is above the maximum",
            ScorecardProblem.BelowZero => $"{criterion} = {value} is below zero",
            ScorecardProblem.OffStep => $"{criterion} = {value} is not a whole multiple of the step",
            ScorecardProblem.DuplicateRevision => $"two scorecards share revision {value}",
            _ => problem.ToString(),
        };
        return $"Scorecard of judge '{judge}' for entry '{entry}' in stage '{stage}' refused: {what}; allowed: {allowed}.";
    }
}
