namespace Showcase.Evaluations.Notice;

/// <summary>One entry's line in a published ranking, as the results export has it, with the names people read.</summary>
/// <param name="Status">RANKED, INSUFFICIENT_PANEL, ELIMINATED or WITHDRAWN, as the export names it.</param>
/// <param name="Score">Two decimals ("90.00"), or "" when unranked.</param>
/// <param name="Rank">Competition rank; 0 when unranked.</param>
public sealed record NoticeLine(
    string Entry,
    string Status,
    string Score,
    int Rank,
    int Position,
    bool Tied,
    string Grade,
    bool BoundaryTie,
    int JudgeCount,
    string StageReached,
    string Title,
    string BrandCode,
    string Community,
    string District);
