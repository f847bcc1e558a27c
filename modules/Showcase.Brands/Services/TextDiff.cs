namespace Showcase.Brands.Services;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>
/// A readable difference between two texts: by character for short texts (Chinese has no spaces to
/// split words on), by line for long ones, with changed lines compared again by character.
/// Longest common subsequence, bounded so that a huge change degrades to "all removed, all added".
/// </summary>
public static class TextDiff
{
    private const long MaxCells = 2_000_000;

    public static IReadOnlyList<DiffPiece> Compute(string? before, string? after)
    {
        before ??= "";
        after ??= "";
        if (!before.Contains('\n', StringComparison.Ordinal) && !after.Contains('\n', StringComparison.Ordinal))
        {
            return Merge(Lcs(before.Select(c => c.ToString()).ToArray(), after.Select(c => c.ToString()).ToArray()));
        }

        var lines = Lcs(SplitLines(before), SplitLines(after));
        var pieces = new List<DiffPiece>();
        for (var i = 0; i < lines.Count; i++)
        {
            // A line replaced by one similar line reads best as a change inside the line.
            if (lines[i].Kind == DiffKind.Removed && i + 1 < lines.Count && lines[i + 1].Kind == DiffKind.Added
                && (i + 2 >= lines.Count || lines[i + 2].Kind != DiffKind.Added)
                && (i == 0 || lines[i - 1].Kind != DiffKind.Removed))
            {
                var removed = lines[i].Text;
                var added = lines[i + 1].Text;
                pieces.AddRange(Compute(removed.TrimEnd('\n'), added.TrimEnd('\n')));
                if (removed.EndsWith('\n') && added.EndsWith('\n'))
                {
                    pieces.Add(new DiffPiece(DiffKind.Same, "\n"));
                }
                else if (added.EndsWith('\n'))
                {
                    pieces.Add(new DiffPiece(DiffKind.Added, "\n"));
                }
                else if (removed.EndsWith('\n'))
                {
                    pieces.Add(new DiffPiece(DiffKind.Removed, "\n"));
                }

                i++;
                continue;
            }

            pieces.Add(lines[i]);
        }

        return Merge(pieces);
    }

    /// <summary>The lines with their line breaks, so that the pieces put together give the text back.</summary>
    private static string[] SplitLines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines.Select((line, i) => i < lines.Length - 1 ? line + "\n" : line).ToArray();
    }

    private static List<DiffPiece> Lcs(string[] a, string[] b)
    {
        // Common prefix and suffix first: most edits touch a small part.
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var result = new List<DiffPiece>();
        result.AddRange(a[..start].Select(t => new DiffPiece(DiffKind.Same, t)));
        var midA = a[start..endA];
        var midB = b[start..endB];
        if ((long)midA.Length * midB.Length > MaxCells)
        {
            result.AddRange(midA.Select(t => new DiffPiece(DiffKind.Removed, t)));
            result.AddRange(midB.Select(t => new DiffPiece(DiffKind.Added, t)));
        }
        else
        {
            var n = midA.Length;
            var m = midB.Length;
            var table = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    table[i, j] = midA[i] == midB[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n && y < m)
            {
                if (midA[x] == midB[y])
                {
                    result.Add(new DiffPiece(DiffKind.Same, midA[x]));
                    x++;
                    y++;
                }
                else if (table[x + 1, y] >= table[x, y + 1])
                {
                    result.Add(new DiffPiece(DiffKind.Removed, midA[x++]));
                }
                else
                {
                    result.Add(new DiffPiece(DiffKind.Added, midB[y++]));
                }
            }

            result.AddRange(midA[x..].Select(t => new DiffPiece(DiffKind.Removed, t)));
            result.AddRange(midB[y..].Select(t => new DiffPiece(DiffKind.Added, t)));
        }

        result.AddRange(a[endA..].Select(t => new DiffPiece(DiffKind.Same, t)));
        return result;
    }

    private static List<DiffPiece> Merge(IEnumerable<DiffPiece> pieces)
    {
        var merged = new List<DiffPiece>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && merged[^1].Kind == piece.Kind)
            {
                merged[^1] = piece with { Text = merged[^1].Text + piece.Text };
            }
            else if (piece.Text.Length > 0)
            {
                merged.Add(piece);
            }
        }

        return merged;
    }
}
