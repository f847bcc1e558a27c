using System.Globalization;
using System.Text;

namespace Showcase.Scoring.Tests;

/// <summary>Random rounds for the property tests: coarse scores so that ties, boundary ties and tie-breaks are common.</summary>
internal sealed class RandomRounds(int seed)
{
    private static readonly decimal[] Maxima = [10m, 20m, 40m, 100m];
    private static readonly decimal[] Weights = [1m, 1m, 1.5m, 2m, 0.25m];
    private static readonly decimal[] Steps = [0.5m, 1m, 0.25m, 5m];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    public (RoundDefinition Round, List<Scorecard> Cards) Next(int maxStages = 3)
    {
        var entryCount = _random.Next(1, 16);
        var entries = Enumerable.Range(0, entryCount)
            .Select(i => new RoundEntry($"E{_random.Next(100):D2}-{i}", Withdrawn: _random.NextDouble() < 0.08))
            .ToList();
        var stageCount = _random.Next(1, maxStages + 1);
        var allJudges = Enumerable.Range(1, 9).Select(i => $"judge-{(char)('a' + _random.Next(26))}{i}").ToArray();
        var stages = new List<StageDefinition>();
        for (var s = 0; s < stageCount; s++)
        {
            var method = (AggregationMethod)_random.Next(4);
            var drop = method == AggregationMethod.TrimmedMean ? _random.Next(0, 3) : 1;
            stages.Add(new StageDefinition($"stage{s}", $"Stage {s}", RandomCriteria(), [.. allJudges.OrderBy(_ => _random.Next()).Take(_random.Next(1, 8))])
            {
                Method = method,
                Drop = drop,
                MinPanel = _random.NextDouble() < 0.5 ? null : _random.Next(1, 4),
                Advance = _random.NextDouble() < 0.3 ? null : _random.Next(1, entryCount + 1),
                Weight = _random.NextDouble() < 0.5 ? null : _random.Next(0, 3),
            });
        }

        if (stages.Select((st, i) => st.Weight ?? (i == stages.Count - 1 ? 1 : 0)).Sum() == 0)
        {
            stages[^1] = stages[^1] with { Weight = 1 };
        }

        var round = new RoundDefinition("R", "Random", stages, entries)
        {
            Bands = RandomBands(entryCount),
            Conflicts = [.. Enumerable.Range(0, _random.Next(0, 4)).Select(_ => new Conflict(allJudges[_random.Next(allJudges.Length)], entries[_random.Next(entryCount)].Code))],
        };
        var cards = new List<Scorecard>();
        foreach (var stage in stages)
        {
            foreach (var entry in entries)
            {
                foreach (var judge in stage.Judges)
                {
                    if (_random.NextDouble() < 0.8)
                    {
                        cards.Add(RandomCard(stage, judge, entry.Code, revision: 0));
                    }
                }
            }
        }

        // Resolve about half of the boundary ties with a decision in a random order.
        var standings = RoundCalculator.Calculate(round, cards);
        var decisions = standings.BoundaryTies
            .Where(_ => _random.NextDouble() < 0.5)
            .Select(t => t.Entries)
            .Distinct(new SequenceComparer())
            .Select(e => new BoundaryDecision([.. e.OrderBy(_ => _random.Next())], "random"))
            .ToList();
        return (round with { Decisions = decisions }, cards);
    }

    public Scorecard RandomCard(StageDefinition stage, string judge, string entry, long revision) =>
        new(stage.Key, judge, entry, [.. stage.Criteria.Select(c => c.Step * _random.Next(0, (int)(c.Max / c.Step) + 1) is var v && _random.NextDouble() < 0.7 ? decimal.Round(c.Max * 0.75m / c.Step) * c.Step : v)], revision, IsDraft: _random.NextDouble() < 0.04);

    public IEnumerable<T> Shuffle<T>(IEnumerable<T> items) => items.OrderBy(_ => _random.Next()).ToList();

    private Criterion[] RandomCriteria()
    {
        var count = _random.Next(1, 4);
        var tieBreaks = Enumerable.Range(1, count).OrderBy(_ => _random.Next()).ToArray();
        return [.. Enumerable.Range(0, count).Select(i => new Criterion(
            $"c{i}",
            $"C{i}",
            Max: Maxima[_random.Next(Maxima.Length)],
            Weight: Weights[_random.Next(Weights.Length)],
            Step: Steps[_random.Next(Steps.Length)],
            TieBreak: _random.NextDouble() < 0.5 ? tieBreaks[i] : null))];
    }

    private Band[] RandomBands(int entryCount)
    {
        var bands = new List<Band>();
        for (var i = _random.Next(0, 4); i > 0; i--)
        {
            bands.Add(_random.Next(3) switch
            {
                0 => new Band($"TOP{i}", TopRanks: _random.Next(1, entryCount + 1)),
                1 => new Band($"MIN{i}", MinScore: _random.Next(0, 100)),
                _ => new Band($"BOTH{i}", TopRanks: _random.Next(1, entryCount + 1), MinScore: _random.Next(0, 60)),
            });
        }

        if (_random.NextDouble() < 0.5)
        {
            bands.Add(new Band("REST"));
        }

        return [.. bands];
    }

    /// <summary>Everything in a set of standings, as text: two standings are the same results when their texts are equal.</summary>
    public static string Describe(RoundStandings standings)
    {
        var text = new StringBuilder();
        foreach (var s in standings.Entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s.Position} {s.EntryCode} {s.Status} {s.ScoreText} r{s.Rank} t{s.Tied} g{s.Grade} b{s.BoundaryTie} n{s.JudgeCount} {s.StageReached} [");
            foreach (var st in s.Stages)
            {
                text.Append(CultureInfo.InvariantCulture, $"{st.Stage}:{st.ScoreText}/{st.JudgeCount}/{st.Rank} ");
            }

            text.AppendLine("]");
        }

        foreach (var stage in standings.Stages)
        {
            text.AppendLine(stage.Stage);
            foreach (var s in stage.Entries)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {s.Position} {s.EntryCode} {s.Status} {s.ScoreText} r{s.Rank} t{s.Tied} n{s.JudgeCount} a{s.Advanced} {string.Join('/', s.TieBreakMeans)}");
            }
        }

        foreach (var tie in standings.BoundaryTies)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"tie {tie.Grade} {tie.TopRanks} {tie.Rank} {string.Join(',', tie.Entries)} {tie.IsResolved}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"unapplied {standings.UnappliedDecisions.Length}");
        return text.ToString();
    }

    private sealed class SequenceComparer : IEqualityComparer<System.Collections.Immutable.ImmutableArray<string>>
    {
        public bool Equals(System.Collections.Immutable.ImmutableArray<string> x, System.Collections.Immutable.ImmutableArray<string> y) => x.SequenceEqual(y);

        public int GetHashCode(System.Collections.Immutable.ImmutableArray<string> obj) => string.Join(',', obj).GetHashCode(StringComparison.Ordinal);
    }
}
