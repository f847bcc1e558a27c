namespace Showcase.Scoring;

/// <summary>
/// The admission check for one scorecard before it is stored (the Evaluations module calls it on every submit). It finds
/// every problem, each with its path (<c>entry</c>, <c>judge</c>, <c>criteria.effect</c>, ...), not only the first.
/// </summary>
public static class ScorecardRules
{
    /// <summary>
    /// Refuses a scorecard for an unknown stage, an unknown or withdrawn entry, a judge of no stage of the round, a judge
    /// not listed for the stage, a judge with a conflict, or a score that is missing, extra, negative, above its maximum or
    /// off its step. Whether the stage is open and the entry assigned to the judge is the caller's to check; whether the
    /// entry reached the stage needs the scores: see <see cref="Check(RoundTally, Scorecard)"/>.
    /// </summary>
    /// <exception cref="ScorecardRejectedException">Every problem; the first one names the criterion (or field), the value and what is allowed.</exception>
    public static void Check(RoundDefinition round, Scorecard scorecard) => Throw(scorecard, Find(round, scorecard));

    /// <summary>
    /// As <see cref="Check(RoundDefinition, Scorecard)"/> against the tally's round, and also refuses a scorecard for an
    /// entry that did not reach the stage (<see cref="ScorecardProblem.EntryNotInStage"/>) and reports one whose scores are
    /// exactly those of the judge's current scorecard (<see cref="ScorecardProblem.SameAsCurrent"/>: see
    /// <see cref="ScorecardRejectedException.IsReplay"/>).
    /// </summary>
    /// <exception cref="ScorecardRejectedException">Every problem found.</exception>
    public static void Check(RoundTally tally, Scorecard scorecard) => Throw(scorecard, Find(tally, scorecard));

    /// <summary>Every problem of the scorecard against the round's definition; empty when it would be accepted.</summary>
    public static IReadOnlyList<ScorecardFinding> Find(RoundDefinition round, Scorecard scorecard) => FindIn(round, scorecard);

    /// <summary>Every problem of the scorecard against the round as scored so far (see <see cref="Check(RoundTally, Scorecard)"/>); empty when it would be accepted.</summary>
    public static IReadOnlyList<ScorecardFinding> Find(RoundTally tally, Scorecard scorecard)
    {
        var problems = FindIn(tally.Round, scorecard);
        var plan = tally.Plan;
        if (plan.FindStage(scorecard.Stage) is not { } stagePlan || !plan.TryGetEntry(scorecard.Entry, out var entry) || plan.Withdrawn[entry])
        {
            return problems;
        }

        var stage = tally.StageStates[stagePlan.Index];
        if (!stage.Participates[entry])
        {
            // After the entry problems, before the judge and criteria ones: keep the order of the fields.
            var at = problems.FindIndex(p => p.Path is not ("stage" or "entry"));
            problems.Insert(at < 0 ? problems.Count : at, new(ScorecardProblem.EntryNotInStage, "entry", null, scorecard.Entry, $"an entry that reached stage '{stagePlan.Key}'"));
        }

        if (problems.Count == 0 && stagePlan.TryGetJudge(scorecard.Judge, out var judge)
            && stage.Cards[(entry * stagePlan.JudgeCount) + judge] is { } current && SameAsEntered(current, scorecard))
        {
            problems.Add(new(ScorecardProblem.SameAsCurrent, "scores", null, string.Join(", ", scorecard.Scores.Select(s => s.ToInvariantString())), $"scores that differ from revision {current.Revision}, or a replay of it"));
        }

        return problems;
    }

    private static List<ScorecardFinding> FindIn(RoundDefinition round, Scorecard scorecard)
    {
        var problems = new List<ScorecardFinding>();
        var stage = round.Stages.FirstOrDefault(s => s.Key == scorecard.Stage);
        if (stage is null)
        {
            problems.Add(new(ScorecardProblem.UnknownStage, "stage", null, scorecard.Stage, "one of " + string.Join(", ", round.Stages.Select(s => s.Key))));
        }

        var entry = round.Entries.FirstOrDefault(e => e.Code == scorecard.Entry);
        if (entry is null)
        {
            problems.Add(new(ScorecardProblem.UnknownEntry, "entry", null, scorecard.Entry, "an entry registered in round " + round.Code));
        }
        else if (entry.Withdrawn)
        {
            problems.Add(new(ScorecardProblem.WithdrawnEntry, "entry", null, scorecard.Entry, "an entry that is not withdrawn"));
        }

        if (!round.Stages.Any(s => s.Judges.Contains(scorecard.Judge, StringComparer.Ordinal)))
        {
            problems.Add(new(ScorecardProblem.UnknownJudge, "judge", null, scorecard.Judge, "a judge listed for a stage of round " + round.Code));
        }
        else if (stage is not null && !stage.Judges.Contains(scorecard.Judge, StringComparer.Ordinal))
        {
            problems.Add(new(ScorecardProblem.JudgeNotOnStage, "judge", null, scorecard.Judge, $"one of the {stage.Judges.Count} judges listed for stage '{stage.Key}'"));
        }

        if (round.Conflicts.Any(c => c.Judge == scorecard.Judge && c.Entry == scorecard.Entry))
        {
            problems.Add(new(ScorecardProblem.ConflictedJudge, "judge", null, scorecard.Judge, "a judge without a conflict with the entry"));
        }

        if (stage is not null)
        {
            new StageCriteria(stage).Find(scorecard, problems);
        }

        return problems;
    }

    /// <summary>The same scores with the same digits ("36.5" is not "36.50": the export shows scores as entered).</summary>
    private static bool SameAsEntered(Scorecard current, Scorecard candidate) =>
        current.Scores.Length == candidate.Scores.Length
        && current.Scores.Zip(candidate.Scores).All(p => p.First.ToInvariantString() == p.Second.ToInvariantString());

    private static void Throw(Scorecard scorecard, IReadOnlyList<ScorecardFinding> problems)
    {
        if (problems.Count > 0)
        {
            throw new ScorecardRejectedException(scorecard.Stage, scorecard.Judge, scorecard.Entry, problems);
        }
    }
}
