namespace Showcase.Scoring;

/// <summary>A round definition the rules cannot work with (no stages, a criterion with max 0, two entries with one code, ...).</summary>
public sealed class RoundDefinitionException : ScoringException
{
    public RoundDefinitionException(string message)
        : base(message)
    {
    }
}
