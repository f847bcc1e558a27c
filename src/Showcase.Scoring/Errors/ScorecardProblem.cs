namespace Showcase.Scoring;

/// <summary>Why a scorecard is refused, or (for <see cref="SameAsCurrent"/>) why storing it would change nothing.</summary>
public enum ScorecardProblem
{
    UnknownStage,
    UnknownEntry,

    /// <summary>The judge is listed for no stage of the round.</summary>
    UnknownJudge,
    WithdrawnEntry,
    ConflictedJudge,
    MissingCriterion,
    UnknownCriterion,
    AboveMaximum,
    BelowZero,
    OffStep,
    DuplicateRevision,

    /// <summary>The judge is listed for the round, but not for this stage.</summary>
    JudgeNotOnStage,

    /// <summary>The entry takes no part in the stage: it did not advance from the stage before.</summary>
    EntryNotInStage,

    /// <summary>
    /// The judge's current scorecard for this entry and stage has exactly these scores. Re-submitting it would be an
    /// amendment that changes no figure (SCORING.md: a later scorecard replaces the earlier one); a caller may answer it as
    /// an idempotent replay instead of recording a new revision.
    /// </summary>
    SameAsCurrent,
}
