using System.Collections.Immutable;

namespace Showcase.Scoring.Statistics;

/// <summary>
/// Rank uncertainty by bootstrap: in each resample every entry's panel is drawn with replacement (judges, so a judge's
/// total and tie-break scores stay together), aggregated and ranked through every stage as the rules do (without
/// boundary decisions). z-score keeps the stage's μ_j, σ_j, μ and σ. The generator is seeded from the results digest,
/// and draws run resample by resample, stage by stage, entry by entry in code order, judge by judge in id order.
/// </summary>
public static class RankBootstrap
{
    public const int DefaultResamples = 1000;

    /// <param name="digest">The results digest (64 hex digits): the seed.</param>
    public static RankUncertainty Compute(RoundTally tally, string digest, int resamples = DefaultResamples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var seed = Convert.FromHexString(digest);
        var plan = tally.Plan;
        var states = tally.StageStates;
        var entryCount = plan.EntryCount;
        var random = new Xoshiro256StarStar(seed);
        var stages = states.Select(s => new ResampledStage(s, entryCount)).ToArray();
        var stageScores = stages.Select(s => s.Scores).ToArray();
        var roundScores = new long[entryCount];
        var roundOrder = new EntryOrder(entryCount);
        var ranks = new int[entryCount * resamples];
        var inTopBand = new int[entryCount];
        var topBand = plan.Bands.Length > 0 ? plan.Bands[0] : null;
        Band[] topBandOnly = topBand is null ? [] : [topBand];
        var participates = new bool[entryCount];
        var listed = new bool[entryCount];
        for (var b = 0; b < resamples; b++)
        {
            for (var e = 0; e < entryCount; e++)
            {
                participates[e] = !plan.Withdrawn[e];
            }

            for (var s = 0; s < stages.Length; s++)
            {
                stages[s].Draw(participates, random, s == stages.Length - 1);
                Array.Copy(stages[s].Advanced, participates, entryCount);
            }

            var last = stages[^1];
            roundOrder.Clear();
            foreach (var e in last.Order.Items)
            {
                roundScores[e] = plan.RoundScore(stageScores, e);
                roundOrder.Append(e);
            }

            var roundKey = new RankingKey(roundScores, last.TieMeans, last.State.Plan.TieBreakCount);
            roundOrder.Sort(roundKey);
            Array.Clear(listed);
            var ranked = 0;
            var rank = 0;
            for (var i = 0; i < roundOrder.Count; i++)
            {
                var e = roundOrder[i];
                rank = i > 0 && roundKey.IsTied(roundOrder[i - 1], e) ? rank : i + 1;
                ranks[(e * resamples) + b] = rank;
                listed[e] = true;
                if (topBand is not null && StandingsLayout.GradeOf(topBandOnly, rank, Hundredths.ToDecimal(roundScores[e])) == topBand.Grade)
                {
                    inTopBand[e]++;
                }
            }

            ranked = roundOrder.Count;
            for (var s = stages.Length - 2; s >= 0; s--)
            {
                var stage = stages[s];
                var key = stage.Key;
                var previous = -1;
                foreach (var e in stage.Order.Items)
                {
                    if (stage.Advanced[e])
                    {
                        continue;
                    }

                    rank = previous >= 0 && key.IsTied(previous, e) ? rank : ranked + 1;
                    ranks[(e * resamples) + b] = rank;
                    listed[e] = true;
                    previous = e;
                    ranked++;
                }
            }

            // An entry unranked in this resample (it advanced into a stage where it has no panel) counts as last.
            for (var e = 0; e < entryCount; e++)
            {
                if (!listed[e])
                {
                    ranks[(e * resamples) + b] = ranked + 1;
                }
            }
        }

        var standings = tally.Standings();
        var intervals = ImmutableArray.CreateBuilder<RankInterval>();
        var lowAt = (int)Math.Ceiling(0.025 * resamples) - 1;
        var highAt = (int)Math.Ceiling(0.975 * resamples) - 1;
        foreach (var standing in standings.Entries)
        {
            if (standing.Rank == 0)
            {
                continue;
            }

            plan.TryGetEntry(standing.EntryCode, out var e);
            var own = ranks.AsSpan(e * resamples, resamples);
            own.Sort();
            intervals.Add(new RankInterval(standing.EntryCode, own[lowAt], own[highAt], topBand is null ? null : (double)inTopBand[e] / resamples));
        }

        return new RankUncertainty(resamples, topBand?.Grade, intervals.ToImmutable());
    }

    /// <summary>One stage's figures in the current resample.</summary>
    private sealed class ResampledStage
    {
        private readonly int[][] _panels;
        private readonly long[] _totals;
        private readonly double[] _z;
        private readonly long[] _tieSums;

        public ResampledStage(StageState state, int entryCount)
        {
            State = state;
            var judges = state.Plan.JudgeCount;
            _panels = new int[entryCount][];
            for (var e = 0; e < entryCount; e++)
            {
                var slots = new List<int>();
                for (int j = 0, slot = e * judges; j < judges; j++, slot++)
                {
                    if (state.IsCounted(slot))
                    {
                        slots.Add(slot);
                    }
                }

                _panels[e] = [.. slots];
            }

            Scores = new long[entryCount];
            TieMeans = new long[entryCount * state.Plan.TieBreakCount];
            Advanced = new bool[entryCount];
            Order = new EntryOrder(entryCount);
            _totals = new long[Math.Max(judges, 1)];
            _z = new double[Math.Max(judges, 1)];
            _tieSums = new long[state.Plan.TieBreakCount];
        }

        public StageState State { get; }

        public long[] Scores { get; }

        public long[] TieMeans { get; }

        public bool[] Advanced { get; }

        public EntryOrder Order { get; }

        public RankingKey Key => new(Scores, TieMeans, State.Plan.TieBreakCount);

        public void Draw(bool[] participates, Xoshiro256StarStar random, bool isLast)
        {
            var plan = State.Plan;
            var tieCount = plan.TieBreakCount;
            var isZScore = plan.Method == AggregationMethod.ZScore;
            var totals = State.Totals;
            var tieUnits = State.TieUnits;
            var drawn = _totals;
            var tieSums = _tieSums;
            Order.Clear();
            for (var e = 0; e < participates.Length; e++)
            {
                Scores[e] = Hundredths.None;
                var panel = _panels[e];
                var n = panel.Length;
                if (!participates[e] || n < plan.MinPanel)
                {
                    continue;
                }

                Array.Clear(tieSums);
                for (var k = 0; k < n; k++)
                {
                    var slot = panel[random.NextBelow(n)];
                    if (isZScore)
                    {
                        _z[k] = State.ZOf(slot % plan.JudgeCount, totals[slot]);
                    }
                    else
                    {
                        drawn[k] = totals[slot];
                    }

                    var tieAt = slot * tieCount;
                    for (var t = 0; t < tieSums.Length; t++)
                    {
                        tieSums[t] += tieUnits[tieAt + t];
                    }
                }

                Scores[e] = plan.Method == AggregationMethod.ZScore
                    ? PanelAggregation.FromZScore(State.Mean, State.Sigma, PanelAggregation.MeanOfZ(_z.AsSpan(0, n)), plan.Criteria.TotalUnit)
                    : PanelAggregation.Aggregate(plan.Method, plan.Drop, _totals.AsSpan(0, n), plan.Criteria.TotalUnit);
                for (var t = 0; t < tieCount; t++)
                {
                    TieMeans[(e * tieCount) + t] = Hundredths.RoundedQuotient(_tieSums[t] * 100, n * plan.Criteria.ScoreUnit);
                }

                Order.Append(e);
            }

            var key = Key;
            Order.Sort(key);
            StageState.MarkAdvanced(Order, key, isLast ? 0 : plan.Definition.Advance ?? int.MaxValue, Advanced);
        }
    }
}
