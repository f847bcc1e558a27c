namespace Showcase.Evaluations.Models;

public enum EntryStatus
{
    /// <summary>Applied by a community editor, waiting for a manager.</summary>
    Applied,

    /// <summary>In the round: judged and ranked.</summary>
    Accepted,

    /// <summary>Refused by a manager, with a reason; not in the round.</summary>
    Rejected,

    /// <summary>Taken out after acceptance: listed as WITHDRAWN in the results.</summary>
    Withdrawn,
}
