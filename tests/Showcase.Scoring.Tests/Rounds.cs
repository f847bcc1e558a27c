using System.Collections.Immutable;

namespace Showcase.Scoring.Tests;

/// <summary>Small rounds for the tests: the criteria of SCORING.md's worked example and terse scorecards.</summary>
internal static class Rounds
{
    public static readonly Criterion[] WorkedCriteria =
    [
        new("innovation", "创新", 40, TieBreak: 1),
        new("effect", "成效", 40),
        new("spread", "传播", 20),
    ];

    public static string[] Judges(int count, string prefix = "J") => [.. Enumerable.Range(1, count).Select(i => $"{prefix}{i}")];

    public static StageDefinition Stage(string key, int judges, AggregationMethod method = AggregationMethod.TrimmedMean, int drop = 1, int? minPanel = null, Criterion[]? criteria = null) =>
        new(key, key, criteria ?? WorkedCriteria, Judges(judges)) { Method = method, Drop = drop, MinPanel = minPanel };

    public static RoundDefinition Round(StageDefinition stage, params string[] entries) =>
        new("R1", "Round 1", [stage], [.. entries.Select(e => new RoundEntry(e))]);

    public static RoundDefinition Round(StageDefinition[] stages, params string[] entries) =>
        new("R1", "Round 1", stages, [.. entries.Select(e => new RoundEntry(e))]);

    public static Scorecard Card(string stage, string judge, string entry, params decimal[] scores) =>
        new(stage, judge, entry, [.. scores]);

    /// <summary>One scorecard per total, judges J1, J2, ... in order; the total is split innovation / effect / spread.</summary>
    public static IEnumerable<Scorecard> Totals(string stage, string entry, params decimal[] totals) =>
        totals.Select((t, i) => Card(stage, $"J{i + 1}", entry, Split(t)));

    /// <summary>A single-criterion stage (max 100, step 0.5) so that a score is the total.</summary>
    public static StageDefinition SingleCriterionStage(string key, int judges, AggregationMethod method = AggregationMethod.TrimmedMean, int drop = 1, int? minPanel = null, int? advance = null, decimal? weight = null) =>
        new(key, key, [new Criterion("overall", "总分", 100, TieBreak: null)], Judges(judges)) { Method = method, Drop = drop, MinPanel = minPanel, Advance = advance, Weight = weight };

    public static IEnumerable<Scorecard> Scores(string stage, string entry, params decimal[] scores) =>
        scores.Select((s, i) => Card(stage, $"J{i + 1}", entry, s));

    private static decimal[] Split(decimal total)
    {
        var spread = Math.Min(20, Math.Max(0, total - 70));
        var rest = total - spread;
        var innovation = Math.Min(40, decimal.Floor(rest / 2 * 2) / 2);
        return [innovation, rest - innovation, spread];
    }

    public static ImmutableArray<decimal> Values(params decimal[] values) => [.. values];
}
