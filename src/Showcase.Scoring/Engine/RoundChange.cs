namespace Showcase.Scoring;

/// <summary>What one scorecard did to a <see cref="RoundTally"/>.</summary>
public enum RoundChangeKind
{
    /// <summary>Nothing to do: a draft, or an older revision than the one held.</summary>
    Ignored,

    /// <summary>
    /// Kept as the current revision, but its scores equal those of the scorecard it replaces: nothing moved. A caller may
    /// treat it as a replay (SCORING.md: a later scorecard replaces the earlier one, so it is still stored).
    /// </summary>
    Unchanged,

    /// <summary>Kept, but it counts on no panel now (conflicted judge, entry not in that stage): the results are unchanged.</summary>
    Stored,

    /// <summary>The entry was re-aggregated in the last stage and moved in the ranking.</summary>
    EntryRescored,

    /// <summary>A whole stage and the stages after it were recomputed from the totals already read (z-score, or an earlier stage).</summary>
    StagesRecomputed,
}

/// <summary>The effect of <see cref="RoundTally.Apply"/> or <see cref="RoundTally.Remove"/>.</summary>
public readonly record struct RoundChange(RoundChangeKind Kind, string Stage, string Entry)
{
    /// <summary>True when the standings may differ from before.</summary>
    public bool ResultsMayHaveChanged => Kind is RoundChangeKind.EntryRescored or RoundChangeKind.StagesRecomputed;
}
