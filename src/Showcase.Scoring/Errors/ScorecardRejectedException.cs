namespace Showcase.Scoring;

/// <summary>
/// A scorecard the rules refuse. <see cref="Problems"/> lists every problem found, each with its path; the other
/// properties describe the first one (the stage, judge and entry, the criterion or field, the value and what is allowed).
/// </summary>
public sealed class ScorecardRejectedException : ScoringException
{
    public ScorecardRejectedException(ScorecardProblem problem, string stage, string judge, string entry, string? criterion, string value, string allowed)
        : this(stage, judge, entry, [new ScorecardFinding(problem, DefaultPath(problem, criterion), criterion, value, allowed)])
    {
    }

    /// <param name="problems">At least one problem; the first one is the one <see cref="Problem"/> and the message lead with.</param>
    public ScorecardRejectedException(string stage, string judge, string entry, IReadOnlyList<ScorecardFinding> problems)
        : base(Describe(stage, judge, entry, problems))
    {
        var first = problems[0];
        Problems = problems;
        Problem = first.Problem;
        Stage = stage;
        Judge = judge;
        Entry = entry;
        Criterion = first.Criterion;
        Value = first.Value;
        Allowed = first.Allowed;
    }

    /// <summary>Every problem found, in the order of the scorecard's fields (stage, entry, judge, then the criteria in stage order).</summary>
    public IReadOnlyList<ScorecardFinding> Problems { get; }

    /// <summary>The first problem.</summary>
    public ScorecardProblem Problem { get; }

    public string Stage { get; }

    public string Judge { get; }

    public string Entry { get; }

    /// <summary>The criterion key of the first problem, or null when it is not about one score.</summary>
    public string? Criterion { get; }

    /// <summary>The offending value of the first problem as entered (a score, a judge, an entry or a stage key).</summary>
    public string Value { get; }

    /// <summary>What would have been accepted, in words (first problem).</summary>
    public string Allowed { get; }

    /// <summary>
    /// True when the only problem is that the scorecard repeats the judge's current one (<see cref="ScorecardProblem.SameAsCurrent"/>):
    /// the caller may answer it as a replay of the earlier submission.
    /// </summary>
    public bool IsReplay => Problems.All(p => p.Problem == ScorecardProblem.SameAsCurrent);

    internal static ScorecardFinding MissingCriterion(Criterion criterion) =>
        new(ScorecardProblem.MissingCriterion, ScorecardFinding.CriterionPath(criterion.Key), criterion.Key, "(none)", Range(criterion));

    internal static string Range(Criterion criterion) =>
        $"0 to {criterion.Max.ToInvariantString()} in steps of {criterion.Step.ToInvariantString()}";

    private static string DefaultPath(ScorecardProblem problem, string? criterion) => problem switch
    {
        ScorecardProblem.UnknownStage => "stage",
        ScorecardProblem.UnknownEntry or ScorecardProblem.WithdrawnEntry or ScorecardProblem.EntryNotInStage => "entry",
        ScorecardProblem.UnknownJudge or ScorecardProblem.JudgeNotOnStage or ScorecardProblem.ConflictedJudge => "judge",
        ScorecardProblem.DuplicateRevision => "revision",
        _ when criterion is null || criterion.StartsWith('#') => "scores",
        _ => ScorecardFinding.CriterionPath(criterion),
    };

    private static string Describe(string stage, string judge, string entry, IReadOnlyList<ScorecardFinding> problems)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("A refusal names at least one problem.", nameof(problems));
        }

        var first = problems[0];
        var message = $"Scorecard of judge '{judge}' for entry '{entry}' in stage '{stage}' refused: {What(first, judge, entry)}; allowed: {first.Allowed}.";
        return problems.Count == 1
            ? message
            : message + " Also: " + string.Join("; ", problems.Skip(1).Select(p => $"{p.Path}: {What(p, judge, entry)} (allowed: {p.Allowed})")) + ".";
    }

    private static string What(ScorecardFinding p, string judge, string entry) => p.Problem switch
    {
        ScorecardProblem.UnknownStage => $"stage '{p.Value}' is not a stage of the round",
        ScorecardProblem.UnknownEntry => $"entry '{p.Value}' is not an entry of the round",
        ScorecardProblem.UnknownJudge => $"judge '{p.Value}' is not listed for the stage nor for any other stage of the round",
        ScorecardProblem.JudgeNotOnStage => $"judge '{p.Value}' is not listed for the stage",
        ScorecardProblem.WithdrawnEntry => $"entry '{p.Value}' is withdrawn",
        ScorecardProblem.EntryNotInStage => $"entry '{p.Value}' did not reach the stage",
        ScorecardProblem.ConflictedJudge => $"judge '{judge}' has a conflict with entry '{entry}'",
        ScorecardProblem.MissingCriterion => $"criterion '{p.Criterion}' has no score",
        ScorecardProblem.UnknownCriterion => $"'{p.Criterion}' = {p.Value} names no criterion",
        ScorecardProblem.AboveMaximum => $"{p.Criterion} = {p.Value} is above the maximum",
        ScorecardProblem.BelowZero => $"{p.Criterion} = {p.Value} is below zero",
        ScorecardProblem.OffStep => $"{p.Criterion} = {p.Value} is not a whole multiple of the step",
        ScorecardProblem.DuplicateRevision => $"two scorecards share revision {p.Value}",
        ScorecardProblem.SameAsCurrent => "the judge's current scorecard has exactly these scores",
        _ => p.Problem.ToString(),
    };
}
