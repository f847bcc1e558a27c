namespace Showcase.Abstractions.Content;

/// <summary>One changed field between two versions, as pieces of kept, removed and added text.</summary>
public sealed record ContentFieldDiff(string Field, IReadOnlyList<DiffPiece> Pieces);
