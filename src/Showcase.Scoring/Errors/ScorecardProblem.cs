namespace Showcase.Scoring;

/// <summary>Why a scorecard is refused.</summary>
public enum ScorecardProblem
{
    UnknownStage,
    UnknownEntry,
    UnknownJudge,
    WithdrawnEntry,
    ConflictedJudge,
    MissingCriterion,
    UnknownCriterion,
    AboveMaximum,
    BelowZero,
    OffStep,
    DuplicateRevision,
}
