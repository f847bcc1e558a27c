using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>A stage as a manager or a recipe defines it: the definitions Showcase.Scoring takes, and the judges listed for it.</summary>
public sealed record StageInput(string Key, string Title, IReadOnlyList<CriterionInput> Criteria, IReadOnlyList<string> Judges)
{
    public AggregationMethod Method { get; init; } = AggregationMethod.TrimmedMean;

    public int Drop { get; init; } = 1;

    public int? MinPanel { get; init; }

    public int? Advance { get; init; }

    public decimal? Weight { get; init; }

    public IReadOnlyList<Band> Bands { get; init; } = [];
}
