namespace Showcase.Evaluations.Live;

/// <summary>A judge's progress on the big screen, under the pseudonym the export uses (J01, J02, …), never their name.</summary>
public sealed record LiveBoardJudge(string Name, int Submitted, int Assigned);
