namespace Showcase.Scoring;

/// <summary>An entry registered in a round. A withdrawn entry takes part in no stage and is listed last, unranked.</summary>
public sealed record RoundEntry(string Code, bool Withdrawn = false);
