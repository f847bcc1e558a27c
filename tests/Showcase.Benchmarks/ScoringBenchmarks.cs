using BenchmarkDotNet.Attributes;
using Showcase.Scoring;
using Showcase.Scoring.Export;
using Showcase.Scoring.Statistics;

namespace Showcase.Benchmarks;

/// <summary>
/// A round of 1,000 entries × 50 judges × 10 criteria (500,000 scores, trimmed mean). The baseline is the least any
/// recompute must do: one loop that reads every score once and sums it. Goals: full recompute ≤ 3× the baseline,
/// incremental update of one scorecard ≥ 1,000× faster than the full recompute and under 10 KB allocated.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Entries = 1000;
    private const int Judges = 50;
    private const int Criteria = 10;

    private RoundDefinition _round = null!;
    private Scorecard[] _scorecards = null!;
    private Scorecard[] _amendments = null!;
    private RoundTally _tally = null!;
    private string _digest = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20250601);
        var criteria = Enumerable.Range(0, Criteria)
            .Select(c => new Criterion($"c{c}", $"Criterion {c}", 10, TieBreak: c < 2 ? c + 1 : null))
            .ToArray();
        var judges = Enumerable.Range(0, Judges).Select(j => $"judge-{j:D2}").ToArray();
        var entries = Enumerable.Range(0, Entries).Select(e => new RoundEntry($"E{e:D4}")).ToArray();
        var stage = new StageDefinition("final", "终评", criteria, judges) { Bands = [new Band("TOP10", TopRanks: 10), new Band("A", MinScore: 60), new Band("B")] };
        _round = new RoundDefinition("bench", "Benchmark round", [stage], entries);
        Scorecard Card(string judge, string entry) => new("final", judge, entry, [.. Enumerable.Range(0, Criteria).Select(_ => random.Next(0, 21) * 0.5m)]);
        _scorecards = [.. entries.SelectMany(e => judges.Select(j => Card(j, e.Code)))];
        _amendments = [.. Enumerable.Range(0, 4096).Select(_ => Card(judges[random.Next(Judges)], entries[random.Next(Entries)].Code))];
        _tally = RoundTally.Create(_round, _scorecards);
        _digest = ResultsExport.Digest(ResultsExport.Create(_tally, []));
    }

    /// <summary>The floor: read and sum every score once.</summary>
    [Benchmark(Baseline = true)]
    public decimal ReadAndSumEveryScore()
    {
        var sum = 0m;
        foreach (var card in _scorecards)
        {
            foreach (var score in card.Scores.AsSpan())
            {
                sum += score;
            }
        }

        return sum;
    }

    [Benchmark]
    public RoundStandings FullRecompute() => RoundCalculator.Calculate(_round, _scorecards);

    [Benchmark]
    public RoundChange IncrementalUpdate()
    {
        var card = _amendments[_next];
        _next = (_next + 1) & (_amendments.Length - 1);
        return _tally.Apply(card);
    }

    /// <summary>The update plus a fresh immutable snapshot of all standings, as a leaderboard would publish it.</summary>
    [Benchmark]
    public RoundStandings IncrementalUpdateWithSnapshot()
    {
        IncrementalUpdate();
        return _tally.Standings();
    }

    [Benchmark]
    public RankUncertainty Bootstrap() => RankBootstrap.Compute(_tally, _digest);
}
