namespace Showcase.Scoring;

/// <summary>
/// Every figure the rules publish (F_i, R_i, T_ic) has two decimals, so the engine keeps them as whole hundredths in a
/// long: exact, cheap to compare, and turned into a decimal with scale 2 ("90.00") only when published.
/// </summary>
internal static class Hundredths
{
    /// <summary>No score (too small a panel, or not taking part).</summary>
    public const long None = long.MinValue;

    /// <summary>round(numerator / denominator) half away from zero; denominator &gt; 0.</summary>
    public static long RoundedQuotient(long numerator, long denominator)
    {
        var quotient = Math.DivRem(numerator, denominator, out var remainder);
        if (remainder != 0 && 2 * (ulong)Math.Abs(remainder) >= (ulong)denominator)
        {
            quotient += numerator < 0 ? -1 : 1;
        }

        return quotient;
    }

    /// <summary>A decimal rounded half away from zero to two decimals, as hundredths.</summary>
    public static long FromDecimal(decimal value) => (long)(decimal.Round(value, 2, MidpointRounding.AwayFromZero) * 100m);

    /// <summary>The published decimal, always with two decimals.</summary>
    public static decimal ToDecimal(long hundredths)
    {
        var magnitude = (ulong)Math.Abs(hundredths);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, hundredths < 0, 2);
    }

    public static decimal? ToNullableDecimal(long hundredths) => hundredths == None ? null : ToDecimal(hundredths);
}
