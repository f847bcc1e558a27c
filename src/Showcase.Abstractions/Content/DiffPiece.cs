namespace Showcase.Abstractions.Content;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of text that both sides share, or that one side removed or added. The pieces put together give either side back.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);
