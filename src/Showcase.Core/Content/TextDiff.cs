using DiffPlex;
using DiffPlex.Chunkers;
using Showcase.Abstractions.Content;

namespace Showcase.Core.Content;

/// <summary>
/// <see cref="ITextDiff"/> on DiffPlex (Myers' algorithm): one-line texts by character; longer texts by line,
/// each changed run of lines compared again by character so that a corrected word reads as one.
/// </summary>
internal sealed class TextDiff : ITextDiff
{
    /// <summary>A changed run longer than this (both sides, in characters) shows as removed and added, not refined.</summary>
    private const int MaxRefined = 4000;

    public IReadOnlyList<DiffPiece> Compute(string? before, string? after)
    {
        before = (before ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        after = (after ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        var multiline = before.Contains('\n', StringComparison.Ordinal) || after.Contains('\n', StringComparison.Ordinal);
        var pieces = new List<DiffPiece>();
        Walk(before, after, multiline ? LineEndingsPreservingChunker.Instance : CharacterChunker.Instance, refine: multiline, pieces);
        return Merge(pieces);
    }

    private static void Walk(string before, string after, IChunker chunker, bool refine, List<DiffPiece> pieces)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        var old = result.PiecesOld;
        var @new = result.PiecesNew;
        var position = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; position < block.DeleteStartA; position++)
            {
                pieces.Add(new DiffPiece(DiffKind.Same, old[position]));
            }

            var removed = string.Concat(old.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            var added = string.Concat(@new.Skip(block.InsertStartB).Take(block.InsertCountB));
            if (refine && removed.Length > 0 && added.Length > 0 && removed.Length + added.Length <= MaxRefined)
            {
                Walk(removed, added, CharacterChunker.Instance, refine: false, pieces);
            }
            else
            {
                pieces.Add(new DiffPiece(DiffKind.Removed, removed));
                pieces.Add(new DiffPiece(DiffKind.Added, added));
            }

            position = block.DeleteStartA + block.DeleteCountA;
        }

        for (; position < old.Count; position++)
        {
            pieces.Add(new DiffPiece(DiffKind.Same, old[position]));
        }
    }

    private static List<DiffPiece> Merge(IEnumerable<DiffPiece> pieces)
    {
        var merged = new List<DiffPiece>();
        foreach (var piece in pieces.Where(p => p.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Kind == piece.Kind)
            {
                merged[^1] = piece with { Text = merged[^1].Text + piece.Text };
            }
            else
            {
                merged.Add(piece);
            }
        }

        return merged;
    }
}
