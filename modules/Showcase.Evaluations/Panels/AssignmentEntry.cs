namespace Showcase.Evaluations.Panels;

/// <summary>An entry to seat judges on: its code and the district its community lies in.</summary>
public sealed record AssignmentEntry(string Code, string District);
