namespace Showcase.Scoring;

/// <summary>
/// A round definition checked and compiled once: entries in ordinal code order (so "ordered by code" is index order),
/// stages, effective bands and boundary decisions as entry indices.
/// </summary>
internal sealed class RoundPlan
{
    private readonly Dictionary<string, int> _entryIndex;

    private RoundPlan(RoundDefinition round)
    {
        Round = round;
        if (round.Rules != RoundDefinition.CurrentRules)
        {
            throw new RoundDefinitionException($"Round '{round.Code}' follows rules '{round.Rules}'; this library implements '{RoundDefinition.CurrentRules}'.");
        }

        if (round.Stages is null || round.Stages.Count == 0)
        {
            throw new RoundDefinitionException($"Round '{round.Code}' has no stages.");
        }

        EntryCodes = [.. (round.Entries ?? []).Select(e => e.Code).Order(StringComparer.Ordinal)];
        _entryIndex = new Dictionary<string, int>(EntryCodes.Length);
        for (var i = 0; i < EntryCodes.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(EntryCodes[i]) || !_entryIndex.TryAdd(EntryCodes[i], i))
            {
                throw new RoundDefinitionException($"Round '{round.Code}': entry code '{EntryCodes[i]}' is empty or used twice.");
            }
        }

        Withdrawn = new bool[EntryCodes.Length];
        foreach (var entry in round.Entries ?? [])
        {
            Withdrawn[_entryIndex[entry.Code]] = entry.Withdrawn;
        }

        var stageKeys = new HashSet<string>(StringComparer.Ordinal);
        var last = round.Stages.Count - 1;
        Stages = new StagePlan[round.Stages.Count];
        for (var s = 0; s < Stages.Length; s++)
        {
            var definition = round.Stages[s];
            var weight = definition.Weight ?? (s == last ? 1m : 0m);
            if (weight < 0)
            {
                throw new RoundDefinitionException($"Stage '{definition.Key}': weight must be 0 or more, not {weight.ToInvariantString()}.");
            }

            Stages[s] = new StagePlan(s, definition, weight, EntryCodes.Length);
            if (!stageKeys.Add(definition.Key))
            {
                throw new RoundDefinitionException($"Round '{round.Code}': stage key '{definition.Key}' is used twice.");
            }
        }

        WeightedStages = [.. Stages.Where(s => s.Weight > 0).Select(s => s.Index)];
        if (WeightedStages.Length == 0)
        {
            throw new RoundDefinitionException($"Round '{round.Code}': at least one stage needs a weight above 0.");
        }

        WeightSum = WeightedStages.Sum(s => Stages[s].Weight);
        foreach (var conflict in round.Conflicts ?? [])
        {
            // A conflict may be declared for a judge not (yet) on any panel: it then matches nothing.
            if (!_entryIndex.TryGetValue(conflict.Entry, out var entry))
            {
                continue;
            }

            foreach (var stage in Stages)
            {
                if (stage.TryGetJudge(conflict.Judge, out var judge))
                {
                    stage.Conflicted[(entry * stage.JudgeCount) + judge] = true;
                }
            }
        }

        Bands = [.. round.EffectiveBands];
        foreach (var band in Bands)
        {
            if (string.IsNullOrWhiteSpace(band.Grade) || band.TopRanks is < 1)
            {
                throw new RoundDefinitionException($"Round '{round.Code}': band '{band.Grade}' needs a grade and topRanks of 1 or more.");
            }
        }

        Decisions = [.. round.Decisions ?? []];
        DecisionOrders = new int[Decisions.Length][];
        DecisionSets = new int[Decisions.Length][];
        for (var d = 0; d < Decisions.Length; d++)
        {
            var decision = Decisions[d];
            if (decision.Order is null || decision.Order.Count < 2 || string.IsNullOrWhiteSpace(decision.Reason))
            {
                throw new RoundDefinitionException($"Round '{round.Code}': a boundary decision needs at least two entries and a reason.");
            }

            var order = new int[decision.Order.Count];
            for (var k = 0; k < order.Length; k++)
            {
                if (!_entryIndex.TryGetValue(decision.Order[k], out order[k]))
                {
                    throw new RoundDefinitionException($"Round '{round.Code}': boundary decision names entry '{decision.Order[k]}', which is not in the round.");
                }
            }

            DecisionOrders[d] = order;
            DecisionSets[d] = [.. order.Order()];
            if (DecisionSets[d].Distinct().Count() != order.Length)
            {
                throw new RoundDefinitionException($"Round '{round.Code}': boundary decision names an entry twice ({string.Join(", ", decision.Order)}).");
            }
        }
    }

    public RoundDefinition Round { get; }

    /// <summary>Entry codes in ordinal order; an entry's index is its place in this order.</summary>
    public string[] EntryCodes { get; }

    public int EntryCount => EntryCodes.Length;

    public bool[] Withdrawn { get; }

    public StagePlan[] Stages { get; }

    public StagePlan LastStage => Stages[^1];

    /// <summary>The stages with W_s &gt; 0.</summary>
    public int[] WeightedStages { get; }

    public decimal WeightSum { get; }

    public Band[] Bands { get; }

    public BoundaryDecision[] Decisions { get; }

    /// <summary>Each decision's entries in the decided order.</summary>
    public int[][] DecisionOrders { get; }

    /// <summary>Each decision's entries in index order, to compare with a tie.</summary>
    public int[][] DecisionSets { get; }

    public static RoundPlan Compile(RoundDefinition round) => new(round);

    /// <summary>
    /// R_i = round(Σ W_s · F_is / Σ W_s, 2) over the weighted stages; with one weighted stage simply its F_is. Written
    /// once: the tally and the bootstrap's resamples both call it.
    /// </summary>
    /// <param name="stageScores">F_is in hundredths, one array per stage in stage order.</param>
    public long RoundScore(long[][] stageScores, int entry)
    {
        var weighted = WeightedStages;
        if (weighted.Length == 1)
        {
            return stageScores[weighted[0]][entry];
        }

        var sum = 0m;
        foreach (var s in weighted)
        {
            sum += Stages[s].Weight * Hundredths.ToDecimal(stageScores[s][entry]);
        }

        return Hundredths.FromDecimal(sum / WeightSum);
    }

    public bool TryGetEntry(string code, out int index) => _entryIndex.TryGetValue(code, out index);

    public StagePlan? FindStage(string key)
    {
        foreach (var stage in Stages)
        {
            if (string.Equals(stage.Key, key, StringComparison.Ordinal))
            {
                return stage;
            }
        }

        return null;
    }
}
