namespace Showcase.Scoring;

/// <summary>The admission check for one scorecard before it is stored (the Evaluations module calls it on every submit).</summary>
public static class ScorecardRules
{
    /// <summary>
    /// Refuses a scorecard for an unknown stage, an unknown or withdrawn entry, a judge not listed for the stage, a judge
    /// with a conflict, or a score that is missing, extra, negative, above its maximum or off its step. Whether the stage
    /// is open and the entry assigned to the judge is the caller's to check.
    /// </summary>
    /// <exception cref="ScorecardRejectedException">Names the criterion (or field), the value and what is allowed.</exception>
    public static void Check(RoundDefinition round, Scorecard scorecard)
    {
        var stage = round.Stages.FirstOrDefault(s => s.Key == scorecard.Stage)
            ?? throw new ScorecardRejectedException(ScorecardProblem.UnknownStage, scorecard.Stage, scorecard.Judge, scorecard.Entry, null, scorecard.Stage, "one of " + string.Join(", ", round.Stages.Select(s => s.Key)));
        var entry = round.Entries.FirstOrDefault(e => e.Code == scorecard.Entry)
            ?? throw new ScorecardRejectedException(ScorecardProblem.UnknownEntry, scorecard.Stage, scorecard.Judge, scorecard.Entry, null, scorecard.Entry, "an entry registered in round " + round.Code);
        if (entry.Withdrawn)
        {
            throw new ScorecardRejectedException(ScorecardProblem.WithdrawnEntry, scorecard.Stage, scorecard.Judge, scorecard.Entry, null, scorecard.Entry, "an entry that is not withdrawn");
        }

        if (!stage.Judges.Contains(scorecard.Judge, StringComparer.Ordinal))
        {
            throw new ScorecardRejectedException(ScorecardProblem.UnknownJudge, scorecard.Stage, scorecard.Judge, scorecard.Entry, null, scorecard.Judge, $"one of the {stage.Judges.Count} judges listed for stage '{stage.Key}'");
        }

        if (round.Conflicts.Any(c => c.Judge == scorecard.Judge && c.Entry == scorecard.Entry))
        {
            throw new ScorecardRejectedException(ScorecardProblem.ConflictedJudge, scorecard.Stage, scorecard.Judge, scorecard.Entry, null, scorecard.Judge, "a judge without a conflict with the entry");
        }

        Span<long> tieUnits = stackalloc long[stage.Criteria.Count];
        new StageCriteria(stage).Total(scorecard, tieUnits);
    }
}
