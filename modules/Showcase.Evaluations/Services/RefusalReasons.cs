namespace Showcase.Evaluations.Services;

/// <summary>The stable reasons of <see cref="EvaluationRefusedException"/>.</summary>
public static class RefusalReasons
{
    public const string RoundNotFound = "ROUND_NOT_FOUND";
    public const string RoundExists = "ROUND_EXISTS";
    public const string InvalidDefinition = "INVALID_DEFINITION";
    public const string InvalidSchedule = "INVALID_SCHEDULE";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string ReasonRequired = "REASON_REQUIRED";
    public const string WrongState = "WRONG_STATE";
    public const string BrandNotPublished = "BRAND_NOT_PUBLISHED";
    public const string NotOwnCommunity = "NOT_OWN_COMMUNITY";
    public const string AlreadyEntered = "ALREADY_ENTERED";
    public const string EntryNotFound = "ENTRY_NOT_FOUND";
    public const string StageNotFound = "STAGE_NOT_FOUND";
    public const string StageNotOpen = "STAGE_NOT_OPEN";
    public const string NotAssigned = "NOT_ASSIGNED";
    public const string ConflictedJudge = "CONFLICTED_JUDGE";
    public const string UnknownJudge = "UNKNOWN_JUDGE";
    public const string MissingCriterion = "MISSING_CRITERION";
    public const string UnknownCriterion = "UNKNOWN_CRITERION";
    public const string AboveMaximum = "ABOVE_MAXIMUM";
    public const string BelowZero = "BELOW_ZERO";
    public const string OffStep = "OFF_STEP";
    public const string KeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string InvalidAssignment = "INVALID_ASSIGNMENT";
    public const string InvalidDecision = "INVALID_DECISION";
    public const string UnresolvedBoundaryTie = "UNRESOLVED_BOUNDARY_TIE";
    public const string OpenObjections = "OPEN_OBJECTIONS";
    public const string ObjectionNotFound = "OBJECTION_NOT_FOUND";
}
