namespace Showcase.Scoring;

/// <summary>
/// The decimal aggregations of SCORING.md on whole total units. Each is a quotient of whole numbers rounded once, half
/// away from zero, to hundredths — the digits System.Decimal gives for the same sums (the exact quotient of such small
/// numbers never lies within decimal's 28-digit rounding of a .xx5 midpoint).
/// </summary>
internal static class PanelAggregation
{
    /// <summary>F_i in hundredths from the panel's totals (the span is reordered); <paramref name="totalUnit"/> = units per point.</summary>
    public static long Aggregate(AggregationMethod method, int drop, Span<long> totals, long totalUnit)
    {
        var (numerator, denominator) = Quotient(method, drop, totals);
        return Hundredths.RoundedQuotient(numerator * 100, denominator * totalUnit);
    }

    /// <summary>A_i before rounding, in points: the same quotient as <see cref="Aggregate"/>, as an unrounded decimal (the span is reordered).</summary>
    public static decimal Unrounded(AggregationMethod method, int drop, Span<long> totals, long totalUnit)
    {
        var (numerator, denominator) = Quotient(method, drop, totals);
        return (decimal)numerator / ((decimal)denominator * totalUnit);
    }

    /// <summary>
    /// A_i = numerator / denominator in total units: the one place that says which totals a method takes. The span is
    /// reordered.
    /// </summary>
    private static (long Numerator, long Denominator) Quotient(AggregationMethod method, int drop, Span<long> totals) => method switch
    {
        AggregationMethod.TrimmedMean => TrimmedMean(totals, drop),
        AggregationMethod.Mean => (Sum(totals), totals.Length),
        AggregationMethod.Median => Median(totals),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "z-score aggregates a whole stage at once"),
    };

    private static (long Numerator, long Denominator) TrimmedMean(Span<long> totals, int drop)
    {
        var n = totals.Length;
        long sum;
        if (drop == 0)
        {
            sum = Sum(totals);
        }
        else if (drop == 1)
        {
            // One copy of the lowest and one of the highest, even when values repeat.
            long min = long.MaxValue, max = long.MinValue;
            sum = 0;
            foreach (var t in totals)
            {
                sum += t;
                min = Math.Min(min, t);
                max = Math.Max(max, t);
            }

            sum -= min + max;
        }
        else
        {
            totals.Sort();
            sum = Sum(totals[drop..(n - drop)]);
        }

        return (sum, n - (2 * drop));
    }

    private static (long Numerator, long Denominator) Median(Span<long> totals)
    {
        totals.Sort();
        var n = totals.Length;
        return n % 2 == 1
            ? (totals[n / 2], 1)
            : (totals[(n / 2) - 1] + totals[n / 2], 2);
    }

    private static long Sum(ReadOnlySpan<long> values)
    {
        long sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    /// <summary>
    /// z-score's last step: A_i = μ + σ · Z_i in IEEE double (here in total units), converted to decimal as C#'s
    /// (decimal)double does (15 significant digits), then rounded half away from zero.
    /// </summary>
    public static long FromZScore(double mean, double sigma, double z, long totalUnit) =>
        Hundredths.FromDecimal(UnroundedZScore(mean, sigma, z, totalUnit));

    /// <summary>z-score's A_i before rounding, in points: the double result converted as C#'s (decimal)double does.</summary>
    public static decimal UnroundedZScore(double mean, double sigma, double z, long totalUnit) =>
        (decimal)((mean + (sigma * z)) / totalUnit);

    /// <summary>
    /// Z_i: the mean of the panel's z values. They are summed smallest first, so the double result does not depend on
    /// the order the judges were listed in (the span is reordered).
    /// </summary>
    public static double MeanOfZ(Span<double> z)
    {
        z.Sort();
        var sum = 0.0;
        foreach (var v in z)
        {
            sum += v;
        }

        return sum / z.Length;
    }
}
