namespace Showcase.Abstractions.Content;

/// <summary>
/// A readable difference between two texts, the one every content module shows: by character for one-line
/// texts (Chinese has no spaces to split words on), by line for longer ones, with a changed run of lines
/// compared again by character.
/// </summary>
public interface ITextDiff
{
    IReadOnlyList<DiffPiece> Compute(string? before, string? after);
}
