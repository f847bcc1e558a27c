namespace Showcase.Scoring;

/// <summary>Everything about a round that is not a scorecard: its stages, entries, bands, conflicts and boundary decisions.</summary>
/// <param name="Stages">The stages, in the order they run.</param>
public sealed record RoundDefinition(string Code, string Title, IReadOnlyList<StageDefinition> Stages, IReadOnlyList<RoundEntry> Entries)
{
    /// <summary>The rules version these results follow.</summary>
    public const string CurrentRules = "showcase-1";

    public string Rules { get; init; } = CurrentRules;

    /// <summary>Grade bands of the round; when empty, the last stage's bands apply.</summary>
    public IReadOnlyList<Band> Bands { get; init; } = [];

    public IReadOnlyList<Conflict> Conflicts { get; init; } = [];

    public IReadOnlyList<BoundaryDecision> Decisions { get; init; } = [];

    /// <summary>The bands that grade the round: its own, or else the last stage's.</summary>
    public IReadOnlyList<Band> EffectiveBands => Bands.Count > 0 ? Bands : Stages.Count > 0 ? Stages[^1].Bands : [];
}
