namespace Showcase.Scoring;

/// <summary>One stage of a round (e.g. 初评 material review, 终评 live review).</summary>
/// <param name="Criteria">The criteria, in the order a <see cref="Scorecard"/> lists its scores.</param>
/// <param name="Judges">The judges listed for the stage; only they can sit on its panels.</param>
public sealed record StageDefinition(string Key, string Title, IReadOnlyList<Criterion> Criteria, IReadOnlyList<string> Judges)
{
    public AggregationMethod Method { get; init; } = AggregationMethod.TrimmedMean;

    /// <summary>d for <see cref="AggregationMethod.TrimmedMean"/>: how many totals to drop at each end.</summary>
    public int Drop { get; init; } = 1;

    /// <summary>The smallest panel that gets a score; null means 2d + 1 for a trimmed mean and 1 otherwise.</summary>
    public int? MinPanel { get; init; }

    /// <summary>K: the entries with rank ≤ K go on to the next stage; null passes every ranked entry on.</summary>
    public int? Advance { get; init; }

    /// <summary>W_s ≥ 0 in the round score; null means 1 for the last stage and 0 for the others.</summary>
    public decimal? Weight { get; init; }

    /// <summary>Grade bands; they apply when the round lists none and this is the last stage.</summary>
    public IReadOnlyList<Band> Bands { get; init; } = [];

    /// <summary>The smallest panel that gets a score, with the defaults of SCORING.md applied.</summary>
    public int EffectiveMinPanel => Method == AggregationMethod.TrimmedMean
        ? Math.Max(MinPanel ?? (2 * Drop) + 1, (2 * Drop) + 1)
        : MinPanel ?? 1;
}
