namespace Showcase.Evaluations.Services;

/// <summary>A judge as this module needs them: the user name (the judge's id), a display name and their unit.</summary>
/// <param name="UnitCode">The organisation unit of the judge's affiliation; empty for none.</param>
public sealed record JudgeInfo(string UserName, string DisplayName, string UnitCode);
