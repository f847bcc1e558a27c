namespace Showcase.Scoring;

/// <summary>A stage compiled against its round: judges in ordinal order, criteria in units, conflicts as a panel mask.</summary>
internal sealed class StagePlan
{
    private readonly Dictionary<string, int> _judgeIndex;

    public StagePlan(int index, StageDefinition definition, decimal weight, int entryCount)
    {
        Index = index;
        Definition = definition;
        Weight = weight;
        if (string.IsNullOrWhiteSpace(definition.Key))
        {
            throw new RoundDefinitionException($"Stage #{index + 1} has no key.");
        }

        if (definition.Judges is null)
        {
            throw new RoundDefinitionException($"Stage '{definition.Key}' lists no judges.");
        }

        // Ordinal order makes every sum, resample and diagnostic independent of the order the judges were listed in.
        Judges = [.. definition.Judges.Order(StringComparer.Ordinal)];
        _judgeIndex = new Dictionary<string, int>(Judges.Length);
        for (var j = 0; j < Judges.Length; j++)
        {
            if (string.IsNullOrWhiteSpace(Judges[j]) || !_judgeIndex.TryAdd(Judges[j], j))
            {
                throw new RoundDefinitionException($"Stage '{definition.Key}': judge '{Judges[j]}' is empty or listed twice.");
            }
        }

        Criteria = new StageCriteria(definition);
        if (definition.Drop < 0)
        {
            throw new RoundDefinitionException($"Stage '{definition.Key}': drop must be 0 or more, not {definition.Drop}.");
        }

        if (definition.MinPanel is < 1)
        {
            throw new RoundDefinitionException($"Stage '{definition.Key}': minPanel must be 1 or more, not {definition.MinPanel}.");
        }

        if (definition.Advance is < 1)
        {
            throw new RoundDefinitionException($"Stage '{definition.Key}': advance must be 1 or more, not {definition.Advance}.");
        }

        if (!Enum.IsDefined(definition.Method))
        {
            throw new RoundDefinitionException($"Stage '{definition.Key}': unknown aggregation method {definition.Method}.");
        }

        MinPanel = definition.EffectiveMinPanel;
        Conflicted = new bool[entryCount * Judges.Length];
    }

    public int Index { get; }

    public StageDefinition Definition { get; }

    public string Key => Definition.Key;

    public AggregationMethod Method => Definition.Method;

    public int Drop => Definition.Drop;

    /// <summary>The smallest panel that gets a score.</summary>
    public int MinPanel { get; }

    /// <summary>W_s with the default applied.</summary>
    public decimal Weight { get; }

    public string[] Judges { get; }

    public int JudgeCount => Judges.Length;

    public StageCriteria Criteria { get; }

    public int TieBreakCount => Criteria.TieBreaks.Length;

    /// <summary>[entry · JudgeCount + judge]: the judge has a conflict with the entry, so that scorecard never counts.</summary>
    public bool[] Conflicted { get; }

    public bool TryGetJudge(string judge, out int index) => _judgeIndex.TryGetValue(judge, out index);
}
