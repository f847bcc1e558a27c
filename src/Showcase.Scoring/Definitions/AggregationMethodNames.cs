namespace Showcase.Scoring;

public static class AggregationMethodNames
{
    /// <summary>The method's name in SCORING.md and the export: <c>trimmed-mean</c>, <c>mean</c>, <c>median</c>, <c>z-score</c>.</summary>
    public static string ToExportName(this AggregationMethod method) => method switch
    {
        AggregationMethod.TrimmedMean => "trimmed-mean",
        AggregationMethod.Mean => "mean",
        AggregationMethod.Median => "median",
        AggregationMethod.ZScore => "z-score",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    public static bool TryParse(string name, out AggregationMethod method)
    {
        foreach (var candidate in Enum.GetValues<AggregationMethod>())
        {
            if (candidate.ToExportName() == name)
            {
                method = candidate;
                return true;
            }
        }

        method = default;
        return false;
    }
}
