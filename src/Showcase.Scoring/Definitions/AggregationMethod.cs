namespace Showcase.Scoring;

/// <summary>How a stage turns the judge totals of an entry's panel into one figure A_i.</summary>
public enum AggregationMethod
{
    /// <summary><c>trimmed-mean</c>: drop the d lowest and d highest totals, mean of the rest.</summary>
    TrimmedMean,

    /// <summary><c>mean</c>: mean of the totals.</summary>
    Mean,

    /// <summary><c>median</c>: the middle total, or the mean of the two middle ones.</summary>
    Median,

    /// <summary><c>z-score</c>: each judge's totals standardised, averaged, then mapped back onto the stage's scale.</summary>
    ZScore,
}
