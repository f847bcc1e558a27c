using System.Collections.Immutable;

namespace Showcase.Scoring.Statistics;

/// <summary>One judge in one stage, in points: reported beside the ranking, never used by it.</summary>
/// <param name="Count">Counted totals (scorecards on a panel of an entry taking part).</param>
/// <param name="Spread">Population standard deviation of those totals.</param>
/// <param name="Leniency">Mean of S_ij − A_i over the entries with a stage score; null when there are none.</param>
/// <param name="Spearman">Spearman correlation of the judge's totals with the stage scores; null below 3 entries or without variation.</param>
/// <param name="Flags"><c>lenient</c>, <c>severe</c> (leniency far from the other judges'), <c>low-agreement</c> (Spearman below 0.3).</param>
public sealed record JudgeDiagnostics(string Stage, string Judge, int Count, double Mean, double Spread, double? Leniency, double? Spearman, ImmutableArray<string> Flags);

/// <summary>How much a stage's judges agree; null where not every judge scored every entry taking part.</summary>
/// <param name="KendallW">Kendall's coefficient of concordance (with the correction for ties).</param>
/// <param name="Icc2k">ICC(2,k): two-way random effects, absolute agreement, mean of k judges.</param>
public sealed record StageAgreement(string Stage, int Judges, int Entries, double? KendallW, double? Icc2k);

/// <summary>Judge diagnostics of a round (SCORING.md, "reported beside the ranking").</summary>
public sealed record PanelDiagnostics(ImmutableArray<JudgeDiagnostics> Judges, ImmutableArray<StageAgreement> Stages)
{
    /// <summary>A leniency is flagged when it lies more than this many robust standard deviations (1.4826 · MAD) from the median.</summary>
    public const double LeniencyOutlier = 3.0;

    /// <summary>A judge whose Spearman correlation with the stage scores is below this is flagged.</summary>
    public const double LowAgreement = 0.3;

    public static PanelDiagnostics Compute(RoundTally tally)
    {
        var judges = ImmutableArray.CreateBuilder<JudgeDiagnostics>();
        var stages = ImmutableArray.CreateBuilder<StageAgreement>();
        foreach (var stage in tally.StageStates)
        {
            judges.AddRange(JudgesOf(stage));
            stages.Add(AgreementOf(stage));
        }

        return new PanelDiagnostics(judges.ToImmutable(), stages.ToImmutable());
    }

    private static List<JudgeDiagnostics> JudgesOf(StageState stage)
    {
        var plan = stage.Plan;
        var unit = (decimal)plan.Criteria.TotalUnit;
        var entryCount = stage.Participates.Length;
        var aggregates = new decimal?[entryCount];
        for (var e = 0; e < entryCount; e++)
        {
            aggregates[e] = stage.Scores[e] == Hundredths.None ? null : UnroundedAggregate(stage, e);
        }

        var rows = new List<(string Judge, int Count, double Mean, double Spread, double? Leniency, double? Spearman)>();
        for (var j = 0; j < plan.JudgeCount; j++)
        {
            var totals = new List<decimal>();
            var differences = new List<decimal>();
            var pairs = new List<(double Total, double Score)>();
            for (var e = 0; e < entryCount; e++)
            {
                var slot = (e * plan.JudgeCount) + j;
                if (!stage.Participates[e] || !stage.IsCounted(slot))
                {
                    continue;
                }

                // S_ij exactly, in points; the figures below are exact decimals until a square root needs a double.
                var total = stage.Totals[slot] / unit;
                totals.Add(total);
                if (aggregates[e] is decimal a)
                {
                    differences.Add(total - a);
                    pairs.Add(((double)total, stage.Scores[e] / 100.0));
                }
            }

            var mean = totals.Count == 0 ? 0m : totals.Average();
            var spread = totals.Count == 0 ? 0 : Math.Sqrt((double)(totals.Sum(t => (t - mean) * (t - mean)) / totals.Count));
            rows.Add((plan.Judges[j], totals.Count, (double)mean, spread, differences.Count == 0 ? null : (double)differences.Average(), Spearman(pairs)));
        }

        var leniencies = rows.Where(r => r.Leniency is not null).Select(r => r.Leniency!.Value).ToArray();
        var median = Median(leniencies);
        var deviation = Median([.. leniencies.Select(l => Math.Abs(l - median))]) * 1.4826;
        return [.. rows.Select(r =>
        {
            var flags = ImmutableArray.CreateBuilder<string>();
            if (r.Leniency is double l && leniencies.Length >= 3 && deviation > 0 && Math.Abs(l - median) > LeniencyOutlier * deviation)
            {
                flags.Add(l > median ? "lenient" : "severe");
            }

            if (r.Spearman is double rho && rho < LowAgreement)
            {
                flags.Add("low-agreement");
            }

            return new JudgeDiagnostics(plan.Key, r.Judge, r.Count, r.Mean, r.Spread, r.Leniency, r.Spearman, flags.ToImmutable());
        })];
    }

    /// <summary>A_i before rounding, in points, by the engine's own aggregation (<see cref="PanelAggregation"/>).</summary>
    private static decimal UnroundedAggregate(StageState stage, int e)
    {
        var plan = stage.Plan;
        var totals = new List<long>();
        var z = new List<double>();
        for (var j = 0; j < plan.JudgeCount; j++)
        {
            var slot = (e * plan.JudgeCount) + j;
            if (stage.IsCounted(slot))
            {
                totals.Add(stage.Totals[slot]);
                z.Add(stage.ZOf(j, stage.Totals[slot]));
            }
        }

        return plan.Method == AggregationMethod.ZScore
            ? PanelAggregation.UnroundedZScore(stage.Mean, stage.Sigma, PanelAggregation.MeanOfZ(z.ToArray()), plan.Criteria.TotalUnit)
            : PanelAggregation.Unrounded(plan.Method, plan.Drop, totals.ToArray(), plan.Criteria.TotalUnit);
    }

    private static StageAgreement AgreementOf(StageState stage)
    {
        var plan = stage.Plan;
        var entries = Enumerable.Range(0, stage.Participates.Length).Where(e => stage.Participates[e]).ToArray();
        var m = plan.JudgeCount;
        var n = entries.Length;
        var complete = m >= 2 && n >= 2 && entries.All(e => Enumerable.Range(0, m).All(j => stage.IsCounted((e * m) + j)));
        if (!complete)
        {
            return new StageAgreement(plan.Key, m, n, null, null);
        }

        // ratings[i, j]: entry i (a subject) scored by judge j (a rater), in points.
        var ratings = new double[n][];
        for (var i = 0; i < n; i++)
        {
            ratings[i] = new double[m];
            for (var j = 0; j < m; j++)
            {
                ratings[i][j] = stage.Totals[(entries[i] * m) + j] / (double)plan.Criteria.TotalUnit;
            }
        }

        return new StageAgreement(plan.Key, m, n, KendallW(ratings), Icc2k(ratings));
    }

    /// <summary>W = 12 S / (m²(n³ − n) − m Σ T_j), T_j = Σ (t³ − t) over judge j's groups of tied ranks.</summary>
    internal static double? KendallW(double[][] ratings)
    {
        var n = ratings.Length;
        var m = ratings[0].Length;
        var rankSums = new double[n];
        var ties = 0.0;
        for (var j = 0; j < m; j++)
        {
            var column = ratings.Select(r => r[j]).ToArray();
            var ranks = AverageRanks(column);
            for (var i = 0; i < n; i++)
            {
                rankSums[i] += ranks[i];
            }

            ties += column.GroupBy(v => v).Sum(g => Math.Pow(g.Count(), 3) - g.Count());
        }

        var meanRankSum = rankSums.Average();
        var s = rankSums.Sum(r => (r - meanRankSum) * (r - meanRankSum));
        var denominator = (m * m * ((Math.Pow(n, 3)) - n)) - (m * ties);
        return denominator <= 0 ? null : 12 * s / denominator;
    }

    /// <summary>ICC(2,k) = (MSR − MSE) / (MSR + (MSC − MSE) / n) (Shrout and Fleiss, 1979).</summary>
    internal static double? Icc2k(double[][] ratings)
    {
        var n = ratings.Length;
        var k = ratings[0].Length;
        var grand = ratings.SelectMany(r => r).Average();
        var rowMeans = ratings.Select(r => r.Average()).ToArray();
        var columnMeans = Enumerable.Range(0, k).Select(j => ratings.Average(r => r[j])).ToArray();
        var ssRows = k * rowMeans.Sum(r => (r - grand) * (r - grand));
        var ssColumns = n * columnMeans.Sum(c => (c - grand) * (c - grand));
        var ssTotal = ratings.SelectMany(r => r).Sum(x => (x - grand) * (x - grand));
        var ssError = ssTotal - ssRows - ssColumns;
        var msRows = ssRows / (n - 1);
        var msColumns = ssColumns / (k - 1);
        var msError = ssError / ((n - 1) * (k - 1));
        var denominator = msRows + ((msColumns - msError) / n);
        return denominator == 0 ? null : (msRows - msError) / denominator;
    }

    internal static double? Spearman(IReadOnlyList<(double X, double Y)> pairs)
    {
        if (pairs.Count < 3)
        {
            return null;
        }

        var x = AverageRanks([.. pairs.Select(p => p.X)]);
        var y = AverageRanks([.. pairs.Select(p => p.Y)]);
        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? null : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Ranks 1..n, ties sharing the mean of the ranks they span.</summary>
    internal static double[] AverageRanks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (var i = start; i <= end; i++)
            {
                ranks[order[i]] = ((start + end) / 2.0) + 1;
            }

            start = end + 1;
        }

        return ranks;
    }

    private static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }
}
