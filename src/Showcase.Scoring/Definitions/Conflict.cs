namespace Showcase.Scoring;

/// <summary>A judge who must not score an entry. Applies to every stage of the round, also to scorecards that already exist.</summary>
public sealed record Conflict(string Judge, string Entry);
