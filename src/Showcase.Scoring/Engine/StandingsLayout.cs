using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Showcase.Scoring;

/// <summary>
/// Lays a tally out as standings: each stage's ranking, then the round's — the last stage's group (bands, boundary ties,
/// decisions), the eliminated groups stage by stage backwards, and the unranked entries by code.
/// </summary>
internal static class StandingsLayout
{
    /// <param name="previous">
    /// Standings of the same plan at an earlier revision (the results a submission carries forward), or null. A line
    /// equal in every field to its line there is that same object: a live round lays its standings out at every
    /// submission, and one card moves few lines.
    /// </param>
    public static RoundStandings Build(RoundTally tally, RoundStandings? previous = null)
    {
        var plan = tally.Plan;
        var stages = tally.StageStates;
        var lines = new Lines(plan.EntryCount, stages.Length, previous is not null && ReferenceEquals(previous.Plan, plan) ? previous : null);
        var stageRanks = new int[stages.Length][];
        var stageStandings = ImmutableArray.CreateBuilder<StageStandings>(stages.Length);
        for (var s = 0; s < stages.Length; s++)
        {
            stageRanks[s] = new int[plan.EntryCount];
            stageStandings.Add(StageLayout(plan, stages[s], s, stageRanks[s], s == stages.Length - 1, lines));
        }

        var entries = ImmutableArray.CreateBuilder<Standing>(plan.EntryCount);
        var listed = new bool[plan.EntryCount];
        var ties = LastGroup(tally, stageRanks, entries, listed, lines, out var unapplied);
        var offset = entries.Count;
        for (var s = stages.Length - 2; s >= 0; s--)
        {
            offset += EliminatedGroup(plan, stages, s, offset, stageRanks, entries, listed, lines);
        }

        for (var e = 0; e < plan.EntryCount; e++)
        {
            if (listed[e])
            {
                continue;
            }

            var reached = LastStageTakenPart(stages, e);
            entries.Add(lines.Round(
                e,
                plan.EntryCodes[e],
                plan.Withdrawn[e] ? StandingStatus.Withdrawn : StandingStatus.InsufficientPanel,
                score: null,
                rank: 0,
                position: entries.Count + 1,
                tied: false,
                grade: "",
                boundaryTie: false,
                judgeCount: reached < 0 ? 0 : stages[reached].Panel[e],
                stageReached: reached < 0 ? null : stages[reached].Plan.Key,
                StageScoresOf(stages, stageRanks, e, lines.Earlier(e)?.Stages)));
        }

        return new RoundStandings(plan, entries.MoveToImmutable(), stageStandings.MoveToImmutable(), ties, unapplied, lines.RoundLines, lines.StageLines);
    }

    private static StageStandings StageLayout(RoundPlan plan, StageState stage, int s, int[] ranks, bool isLast, Lines lines)
    {
        var items = stage.Order.Items;
        var key = stage.Key;
        var tieCount = stage.Plan.TieBreakCount;
        var unranked = 0;
        for (var e = 0; e < plan.EntryCount; e++)
        {
            unranked += stage.Participates[e] && stage.Scores[e] == Hundredths.None ? 1 : 0;
        }

        var stageLines = ImmutableArray.CreateBuilder<StageStanding>(items.Length + unranked);
        for (var i = 0; i < items.Length; i++)
        {
            var e = items[i];
            var sharesWithPrevious = i > 0 && key.IsTied(items[i - 1], e);
            ranks[e] = sharesWithPrevious ? ranks[items[i - 1]] : i + 1;
            var tied = sharesWithPrevious || (i + 1 < items.Length && key.IsTied(items[i + 1], e));
            var earlier = lines.Earlier(s, e);
            var means = SameMeans(earlier, stage.TieMeans.AsSpan(e * tieCount, tieCount)) ? earlier!.TieBreakMeans : MeansOf(stage.TieMeans.AsSpan(e * tieCount, tieCount));
            stageLines.Add(lines.Stage(s, e, plan.EntryCodes[e], StandingStatus.Ranked, Hundredths.ToDecimal(stage.Scores[e]), ranks[e], stageLines.Count + 1, tied, stage.Panel[e], !isLast && stage.Advanced[e], means));
        }

        for (var e = 0; e < plan.EntryCount; e++)
        {
            if (stage.Participates[e] && stage.Scores[e] == Hundredths.None)
            {
                stageLines.Add(lines.Stage(s, e, plan.EntryCodes[e], StandingStatus.InsufficientPanel, null, 0, stageLines.Count + 1, false, stage.Panel[e], false, []));
            }
        }

        return new StageStandings(stage.Plan.Key, stageLines.DrainToImmutable());
    }

    /// <summary>The entries that reached the last stage with a score: ranked by R_i, graded, boundary ties found and decided.</summary>
    private static ImmutableArray<BoundaryTie> LastGroup(RoundTally tally, int[][] stageRanks, ImmutableArray<Standing>.Builder entries, bool[] listed, Lines lines, out ImmutableArray<BoundaryDecision> unapplied)
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
            entries.Add(lines.Round(
                e,
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
                StageScoresOf(stages, stageRanks, e, lines.Earlier(e)?.Stages)));
            listed[e] = true;
        }

        return ties.ToImmutable();
    }

    /// <summary>The entries that stopped in stage <paramref name="s"/>, in that stage's order; ranks continue from <paramref name="offset"/>.</summary>
    private static int EliminatedGroup(RoundPlan plan, StageState[] stages, int s, int offset, int[][] stageRanks, ImmutableArray<Standing>.Builder entries, bool[] listed, Lines lines)
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
            entries.Add(lines.Round(
                e,
                plan.EntryCodes[e],
                StandingStatus.Eliminated,
                Hundredths.ToDecimal(stage.Scores[e]),
                offset + rank,
                entries.Count + 1,
                tied,
                grade: "",
                boundaryTie: false,
                stage.Panel[e],
                stage.Plan.Key,
                StageScoresOf(stages, stageRanks, e, lines.Earlier(e)?.Stages)));
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

    // Built for every entry at every revision of a live round: an array of the right length, no builder, or the earlier
    // line's own when every stage reads the same.
    private static ImmutableArray<StageScore> StageScoresOf(StageState[] stages, int[][] stageRanks, int e, ImmutableArray<StageScore>? earlier)
    {
        var count = 0;
        var same = true;
        for (var s = 0; s < stages.Length; s++)
        {
            if (stages[s].Participates[e])
            {
                same = same && earlier is { } before && count < before.Length && before[count] is var score
                    && score.Stage == stages[s].Plan.Key && score.Score == Hundredths.ToNullableDecimal(stages[s].Scores[e])
                    && score.JudgeCount == stages[s].Panel[e] && score.Rank == stageRanks[s][e];
                count++;
            }
        }

        if (same && earlier is { } taken && taken.Length == count)
        {
            return taken;
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

    private static bool SameMeans(StageStanding? earlier, ReadOnlySpan<long> means)
    {
        if (earlier is null || earlier.TieBreakMeans.Length != means.Length)
        {
            return false;
        }

        for (var k = 0; k < means.Length; k++)
        {
            if (earlier.TieBreakMeans[k] != Hundredths.ToDecimal(means[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<decimal> MeansOf(ReadOnlySpan<long> means)
    {
        var result = means.Length == 0 ? [] : new decimal[means.Length];
        for (var k = 0; k < means.Length; k++)
        {
            result[k] = Hundredths.ToDecimal(means[k]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>
    /// The lines laid out, by entry ordinal, and the earlier standings' lines of the same plan: a line equal in every field
    /// to the earlier one is that object. Lines are immutable, so sharing them between revisions changes nothing a reader sees.
    /// </summary>
    private sealed class Lines(int entryCount, int stageCount, RoundStandings? earlier)
    {
        public Standing[] RoundLines { get; } = new Standing[entryCount];

        public StageStanding[][] StageLines { get; } = [.. Enumerable.Range(0, stageCount).Select(_ => new StageStanding[entryCount])];

        public Standing? Earlier(int e) => earlier?.RoundLines[e];

        public StageStanding? Earlier(int s, int e) => earlier?.StageLines[s][e];

        public Standing Round(int e, string code, StandingStatus status, decimal? score, int rank, int position, bool tied, string grade, bool boundaryTie, int judgeCount, string? stageReached, ImmutableArray<StageScore> stages)
        {
            var line = Earlier(e) is { } before && before.Status == status && before.Score == score && before.Rank == rank && before.Position == position
                && before.Tied == tied && before.Grade == grade && before.BoundaryTie == boundaryTie && before.JudgeCount == judgeCount
                && before.StageReached == stageReached && before.Stages == stages
                ? before
                : new Standing(code, status, score, rank, position, tied, grade, boundaryTie, judgeCount, stageReached, stages);
            return RoundLines[e] = line;
        }

        public StageStanding Stage(int s, int e, string code, StandingStatus status, decimal? score, int rank, int position, bool tied, int judgeCount, bool advanced, ImmutableArray<decimal> means)
        {
            var line = Earlier(s, e) is { } before && before.Status == status && before.Score == score && before.Rank == rank && before.Position == position
                && before.Tied == tied && before.JudgeCount == judgeCount && before.Advanced == advanced && before.TieBreakMeans == means
                ? before
                : new StageStanding(code, status, score, rank, position, tied, judgeCount, advanced, means);
            return StageLines[s][e] = line;
        }
    }
}
