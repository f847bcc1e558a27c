namespace Showcase.Evaluations.Services;

public enum SubmissionOutcome
{
    /// <summary>Stored now: a new ledger event.</summary>
    Stored,

    /// <summary>The same key with the same scores was stored before; nothing new was stored.</summary>
    Replayed,
}
