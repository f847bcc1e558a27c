namespace Showcase.Scoring;

/// <summary>
/// The order of one group of SCORING.md: score (hundredths) higher first, then each tie-break mean higher first; two
/// entries with equal keys are tied. The entry index (ordinal code order) makes the order total, for positions.
/// </summary>
internal readonly struct RankingKey(long[] scores, long[] tieMeans, int tieBreakCount) : IComparer<int>
{
    /// <summary>&lt; 0 when <paramref name="a"/> goes first, 0 when the two are tied.</summary>
    public int CompareKey(int a, int b)
    {
        var sa = scores[a];
        var sb = scores[b];
        if (sa != sb)
        {
            return sa > sb ? -1 : 1;
        }

        for (var k = 0; k < tieBreakCount; k++)
        {
            var ta = tieMeans[(a * tieBreakCount) + k];
            var tb = tieMeans[(b * tieBreakCount) + k];
            if (ta != tb)
            {
                return ta > tb ? -1 : 1;
            }
        }

        return 0;
    }

    public bool IsTied(int a, int b) => CompareKey(a, b) == 0;

    public int Compare(int a, int b)
    {
        var key = CompareKey(a, b);
        return key != 0 ? key : a.CompareTo(b);
    }
}
