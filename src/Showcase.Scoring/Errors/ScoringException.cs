namespace Showcase.Scoring;

/// <summary>Input the rules cannot score. The message says what is wrong and what is allowed; nothing was computed.</summary>
public abstract class ScoringException : Exception
{
    protected ScoringException(string message)
        : base(message)
    {
    }
}
