using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Showcase.Scoring;

/// <summary>
/// Lays a tally out as standings: each stage's ranking, then the round's — the last stage's group (bands, boundary ties,
/// decisions), the eliminated groups stage by stage backwards, and the unranked entries by code.
/// </summary>
internal static class StandingsLayout
{
    public static RoundStandings Build(RoundTally tally)
    {
        var plan = tally.Plan;
        var stages = tally.StageStates;
        var stageRanks = new int[stages.Length][];
        var stageStandings = ImmutableArray.CreateBuilder<StageStandings>(stages.Length);
        for (var s = 0; s < stages.Length; s++)
        {
            stageRanks[s] = new int[plan.EntryCount];
            stageStandings.Add(StageLayout(plan, stages[s], stageRanks[s], s == stages.Length - 1));
        }

        var entries = ImmutableArray.CreateBuilder<Standing>(plan.EntryCount);
        var listed = new bool[plan.EntryCount];
        var ties = LastGroup(tally, stageRanks, entries, listed, out var unapplied);
        var offset = entries.Count;
        for (var s = stages.Length - 2; s >= 0; s--)
        {
            offset += EliminatedGroup(plan, stages, s, offset, stageRanks, entries, listed);
        }

        for (var e = 0; e < plan.EntryCount; e++)
        {
            if (listed[e])
            {
                continue;
            }

            var reached = LastStageTakenPart(stages, e);
            entries.Add(new Standing(
                plan.EntryCodes[e],
                plan.Withdrawn[e] ? StandingStatus.Withdrawn : StandingStatus.InsufficientPanel,
                Score: null,
                Rank: 0,
                Position: entries.Count + 1,
                Tied: false,
                Grade: "",
                BoundaryTie: false,
                JudgeCount: reached < 0 ? 0 : stages[reached].Panel[e],
                StageReached: reached < 0 ? null : stages[reached].Plan.Key,
                StageScoresOf(stages, stageRanks, e)));
        }

        return new RoundStandings(plan.Round, entries.MoveToImmutable(), stageStandings.MoveToImmutable(), ties, unapplied);
    }

    private static StageStandings StageLayout(RoundPlan plan, StageState stage, int[] ranks, bool isLast)
    {
        var items = stage.Order.Items;
        var key = stage.Key;
        var tieCount = stage.Plan.TieBreakCount;
        var unranked = 0;
        for (var e = 0; e < plan.EntryCount; e++)
        {
            unranked += stage.Participates[e] && stage.Scores[e] == Hundredths.None ? 1 : 0;
        }

        var lines = ImmutableArray.CreateBuilder<StageStanding>(items.Length + unranked);
        for (var i = 0; i < items.Length; i++)
        {
            var e = items[i];
            var sharesWithPrevious = i > 0 && key.IsTied(items[i - 1], e);
            ranks[e] = sharesWithPrevious ? ranks[items[i - 1]] : i + 1;
            var tied = sharesWithPrevious || (i + 1 < items.Length && key.IsTied(items[i + 1], e));
            var means = tieCount == 0 ? [] : new decimal[tieCount];
            for (var k = 0; k < tieCount; k++)
            {
                means[k] = Hundredths.ToDecimal(stage.TieMeans[(e * tieCount) + k]);
            }

            lines.Add(new StageStanding(plan.EntryCodes[e], StandingStatus.Ranked, Hundredths.ToDecimal(stage.Scores[e]), ranks[e], lines.Count + 1, tied, stage.Panel[e], !isLast && stage.Advanced[e], ImmutableCollectionsMarshal.AsImmutableArray(means)));
        }

        for (var e = 0; e < plan.EntryCount; e++)
        {
            if (stage.Participates[e] && stage.Scores[e] == Hundredths.None)
            {
                lines.Add(new StageStanding(plan.EntryCodes[e], StandingStatus.InsufficientPanel, null, 0, lines.Count + 1, false, stage.Panel[e], false, []));
            }
        }

        return new StageStandings(stage.Plan.Key, lines.DrainToImmutable());
    }

    /// <summary>The entries that reached the last stage with a score: ranked by R_i, graded, boundary ties found and decided.</summary>
    private static ImmutableArray<BoundaryTie> LastGroup(RoundTally tally, int[][] stageRanks, ImmutableArray<Standing>.Builder entries, bool[] listed, out ImmutableArray<BoundaryDecision> unapplied)
    {
        var plan = tally.Plan;
        var stages = tally.StageStates;
        var last = stages[^1];
        var key = tally.RoundKey;
        var order = tally.RoundOrder.Items.ToArray();
        var n = order.Length;

        // Ranks before any decision: boundary ties are found on these.
        var before = new int[n];
        for (var i = 0; i < n; i++)
        {
            before[i] = i > 0 && key.IsTied(order[i - 1], order[i]) ? before[i - 1] : i + 1;
        }

        var boundary = new bool[n];
        var decided = new bool[n];
        var used = new bool[plan.Decisions.Length];
        var ties = ImmutableArray.CreateBuilder<BoundaryTie>();
        foreach (var band in plan.Bands)
        {
            if (band.TopRanks is not int top || top >= n || before[top] > top)
            {
                continue;
            }

            // More than `top` entries have rank ≤ top: the block sharing the last rank inside the band straddles its edge.
            var rank = before[top];
            var start = rank - 1;
            var end = top;
            while (end < n && before[end] == rank)
            {
                end++;
            }

            var block = order.AsSpan(start, end - start);
            var members = block.ToArray();
            Array.Sort(members);
            var decision = -1;
            for (var d = 0; d < plan.Decisions.Length && decision < 0; d++)
            {
                if (plan.DecisionSets[d].AsSpan().SequenceEqual(members))
                {
                    decision = d;
                }
            }

            for (var i = start; i < end; i++)
            {
                boundary[i] = true;
            }

            if (decision >= 0)
            {
                used[decision] = true;
                if (!decided[start])
                {
                    // The decision is the last tie-break: its order replaces the order by code inside the block.
                    plan.DecisionOrders[decision].CopyTo(block);
                    decided.AsSpan(start, end - start).Fill(true);
                }
            }

            ties.Add(new BoundaryTie(band.Grade, top, rank, [.. members.Select(e => plan.EntryCodes[e])], decision >= 0 ? plan.Decisions[decision] : null));
        }

        unapplied = [.. plan.Decisions.Where((_, d) => !used[d])];
        for (var i = 0; i < n; i++)
        {
            var e = order[i];
            var rank = decided[i] ? i + 1 : before[i];
            var tied = !decided[i] && ((i > 0 && before[i - 1] == before[i]) || (i + 1 < n && before[i + 1] == before[i]));
            var score = Hundredths.ToDecimal(tally.RoundScores[e]);
            entries.Add(new Standing(
                plan.EntryCodes[e],
                StandingStatus.Ranked,
                score,
                rank,
                entries.Count + 1,
                tied,
                GradeOf(plan.Bands, rank, score),
                boundary[i],
                last.Panel[e],
                last.Plan.Key,
                StageScoresOf(stages, stageRanks, e)));
            listed[e] = true;
        }

        return ties.ToImmutable();
    }

    /// <summary>The entries that stopped in stage <paramref name="s"/>, in that stage's order; ranks continue from <paramref name="offset"/>.</summary>
    private static int EliminatedGroup(RoundPlan plan, StageState[] stages, int s, int offset, int[][] stageRanks, ImmutableArray<Standing>.Builder entries, bool[] listed)
    {
        var stage = stages[s];
        var key = stage.Key;
        var group = new List<int>();
        foreach (var e in stage.Order.Items)
        {
            if (!stage.Advanced[e])
            {
                group.Add(e);
            }
        }

        var rank = 0;
        for (var i = 0; i < group.Count; i++)
        {
            var e = group[i];
            if (i == 0 || !key.IsTied(group[i - 1], e))
            {
                rank = i + 1;
            }

            var tied = (i > 0 && key.IsTied(group[i - 1], e)) || (i + 1 < group.Count && key.IsTied(group[i + 1], e));
            entries.Add(new Standing(
                plan.EntryCodes[e],
                StandingStatus.Eliminated,
                Hundredths.ToDecimal(stage.Scores[e]),
                offset + rank,
                entries.Count + 1,
                tied,
                Grade: "",
                BoundaryTie: false,
                stage.Panel[e],
                stage.Plan.Key,
                StageScoresOf(stages, stageRanks, e)));
            listed[e] = true;
        }

        return group.Count;
    }

    /// <summary>The first band that matches; "" when none does.</summary>
    internal static string GradeOf(Band[] bands, int rank, decimal score)
    {
        foreach (var band in bands)
        {
            if ((band.TopRanks is not int top || rank <= top) && (band.MinScore is not decimal min || score >= min))
            {
                return band.Grade;
            }
        }

        return "";
    }

    private static int LastStageTakenPart(StageState[] stages, int e)
    {
        for (var s = stages.Length - 1; s >= 0; s--)
        {
            if (stages[s].Participates[e])
            {
                return s;
            }
        }

        return -1;
    }

    // Built for every entry at every revision of a live round: an array of the right length, no builder.
    private static ImmutableArray<StageScore> StageScoresOf(StageState[] stages, int[][] stageRanks, int e)
    {
        var count = 0;
        foreach (var stage in stages)
        {
            count += stage.Participates[e] ? 1 : 0;
        }

        var scores = count == 0 ? [] : new StageScore[count];
        for (int s = 0, i = 0; s < stages.Length; s++)
        {
            if (stages[s].Participates[e])
            {
                scores[i++] = new StageScore(stages[s].Plan.Key, Hundredths.ToNullableDecimal(stages[s].Scores[e]), stages[s].Panel[e], stageRanks[s][e]);
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(scores);
    }
}
