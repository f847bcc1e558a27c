namespace Showcase.Evaluations.Live;

/// <summary>One entry's line on the big screen: its provisional standing in the stage being scored and its panel's progress.</summary>
/// <param name="Status">As the export names it: RANKED, INSUFFICIENT_PANEL (not enough scorecards yet), ELIMINATED, WITHDRAWN.</param>
/// <param name="Score">Two decimals, or "" while unranked.</param>
/// <param name="Rank">0 while unranked.</param>
public sealed record LiveBoardEntry(
    string Code,
    string Title,
    string Community,
    string District,
    string Status,
    string Score,
    int Rank,
    bool Tied,
    int Submitted,
    int Expected);
