namespace Showcase.Evaluations.Panels;

/// <summary>A judge who may sit on panels; <see cref="District"/> is empty for a city-level judge or one without a unit.</summary>
public sealed record AssignmentJudge(string Id, string District);
