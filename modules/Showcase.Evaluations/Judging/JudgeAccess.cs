namespace Showcase.Evaluations.Judging;

public enum JudgeAccess
{
    /// <summary>The judge may open the entry's scorecard.</summary>
    Allowed,

    /// <summary>No such round, or no such accepted entry in it: 404.</summary>
    NotFound,

    /// <summary>The judge sits on no stage of the round: 403.</summary>
    NotJudge,

    /// <summary>The judge has a conflict with the entry (implied, declared or added): 403.</summary>
    Conflicted,

    /// <summary>The entry is not on the judge's panel in the stage (not seated, or it did not reach the stage): 403.</summary>
    NotAssigned,
}
