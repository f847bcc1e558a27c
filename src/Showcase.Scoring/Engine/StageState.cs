namespace Showcase.Scoring;

/// <summary>
/// Everything the tally knows about one stage: the current scorecard in each panel slot [entry · judges + judge], its
/// total and tie-break scores (read once), and per entry the stage score, panel size, tie-break means and order.
/// </summary>
internal sealed class StageState
{
    public StageState(StagePlan plan, int entryCount)
    {
        Plan = plan;
        var slots = entryCount * plan.JudgeCount;
        Cards = new Scorecard?[slots];
        Totals = new long[slots];
        TieUnits = new long[slots * plan.TieBreakCount];
        Participates = new bool[entryCount];
        Scores = new long[entryCount];
        Panel = new int[entryCount];
        TieMeans = new long[entryCount * plan.TieBreakCount];
        Advanced = new bool[entryCount];
        Order = new EntryOrder(entryCount);
        JudgeMean = new double[plan.JudgeCount];
        JudgeSigma = new double[plan.JudgeCount];
        Array.Fill(Scores, Hundredths.None);
    }

    /// <summary>A deep copy sharing only the immutable plan (and the immutable scorecards).</summary>
    public StageState Copy()
    {
        var copy = new StageState(Plan, Participates.Length);
        Cards.CopyTo(copy.Cards, 0);
        Totals.CopyTo(copy.Totals, 0);
        TieUnits.CopyTo(copy.TieUnits, 0);
        Participates.CopyTo(copy.Participates, 0);
        Scores.CopyTo(copy.Scores, 0);
        Panel.CopyTo(copy.Panel, 0);
        TieMeans.CopyTo(copy.TieMeans, 0);
        Advanced.CopyTo(copy.Advanced, 0);
        copy.Order.CopyFrom(Order);
        JudgeMean.CopyTo(copy.JudgeMean, 0);
        JudgeSigma.CopyTo(copy.JudgeSigma, 0);
        copy.Mean = Mean;
        copy.Sigma = Sigma;
        return copy;
    }

    public StagePlan Plan { get; }

    public Scorecard?[] Cards { get; }

    /// <summary>S_ij in total units.</summary>
    public long[] Totals { get; }

    /// <summary>[slot · tieBreaks + k]: the score of the k-th tie-break criterion, in score units.</summary>
    public long[] TieUnits { get; }

    public bool[] Participates { get; }

    /// <summary>F_i in hundredths, or <see cref="Hundredths.None"/>.</summary>
    public long[] Scores { get; }

    /// <summary>n_i.</summary>
    public int[] Panel { get; }

    /// <summary>[entry · tieBreaks + k]: T_ic in hundredths.</summary>
    public long[] TieMeans { get; }

    public bool[] Advanced { get; }

    /// <summary>The participants with a score, in the stage's ranking order.</summary>
    public EntryOrder Order { get; }

    /// <summary>z-score: μ_j and σ_j of each judge's counted totals, in total units.</summary>
    public double[] JudgeMean { get; }

    public double[] JudgeSigma { get; }

    /// <summary>z-score: μ and σ of every counted total of the stage, in total units.</summary>
    public double Mean { get; private set; }

    public double Sigma { get; private set; }

    public RankingKey Key => new(Scores, TieMeans, Plan.TieBreakCount);

    /// <summary>On the panel: a current scorecard from a judge without a conflict.</summary>
    public bool IsCounted(int slot) => Cards[slot] is not null && !Plan.Conflicted[slot];

    /// <summary>Aggregates every participant (the others get no score).</summary>
    public void AggregateAll()
    {
        if (Plan.Method == AggregationMethod.ZScore)
        {
            AggregateZScores();
            return;
        }

        for (var e = 0; e < Participates.Length; e++)
        {
            AggregateEntry(e);
        }
    }

    /// <summary>Aggregates one entry of a decimal-method stage from the totals already read.</summary>
    public void AggregateEntry(int e)
    {
        var judges = Plan.JudgeCount;
        var tieCount = Plan.TieBreakCount;
        if (!Participates[e])
        {
            Scores[e] = Hundredths.None;
            Panel[e] = 0;
            return;
        }

        Span<long> totals = judges <= 256 ? stackalloc long[judges] : new long[judges];
        Span<long> tieSums = stackalloc long[tieCount];
        var n = CollectPanel(e, totals, tieSums);
        Panel[e] = n;
        if (n < Plan.MinPanel)
        {
            Scores[e] = Hundredths.None;
            return;
        }

        Scores[e] = PanelAggregation.Aggregate(Plan.Method, Plan.Drop, totals[..n], Plan.Criteria.TotalUnit);
        SetTieMeans(e, tieSums, n);
    }

    private int CollectPanel(int e, Span<long> totals, Span<long> tieSums)
    {
        var judges = Plan.JudgeCount;
        var tieCount = Plan.TieBreakCount;
        var n = 0;
        for (int j = 0, slot = e * judges; j < judges; j++, slot++)
        {
            if (!IsCounted(slot))
            {
                continue;
            }

            totals[n++] = Totals[slot];
            for (var k = 0; k < tieCount; k++)
            {
                tieSums[k] += TieUnits[(slot * tieCount) + k];
            }
        }

        return n;
    }

    private void SetTieMeans(int e, ReadOnlySpan<long> tieSums, int n)
    {
        var tieCount = Plan.TieBreakCount;
        for (var k = 0; k < tieCount; k++)
        {
            TieMeans[(e * tieCount) + k] = Hundredths.RoundedQuotient(tieSums[k] * 100, n * Plan.Criteria.ScoreUnit);
        }
    }

    /// <summary>
    /// z-score works on the whole stage: μ_j and σ_j from every counted total of judge j (also on entries whose panel
    /// is too small), from exact integer sums converted to double once, so no summation order matters.
    /// </summary>
    private void AggregateZScores()
    {
        var judges = Plan.JudgeCount;
        var count = new long[judges];
        var sum = new long[judges];
        var squares = new Int128[judges];
        long allCount = 0, allSum = 0;
        Int128 allSquares = 0;
        for (var e = 0; e < Participates.Length; e++)
        {
            if (!Participates[e])
            {
                continue;
            }

            for (int j = 0, slot = e * judges; j < judges; j++, slot++)
            {
                if (IsCounted(slot))
                {
                    var x = Totals[slot];
                    count[j]++;
                    sum[j] += x;
                    squares[j] += (Int128)x * x;
                    allCount++;
                    allSum += x;
                    allSquares += (Int128)x * x;
                }
            }
        }

        for (var j = 0; j < judges; j++)
        {
            (JudgeMean[j], JudgeSigma[j]) = MeanAndSigma(count[j], sum[j], squares[j]);
        }

        (Mean, Sigma) = MeanAndSigma(allCount, allSum, allSquares);
        var tieCount = Plan.TieBreakCount;
        Span<long> totals = stackalloc long[judges];
        Span<double> z = stackalloc double[judges];
        Span<long> tieSums = stackalloc long[tieCount];
        for (var e = 0; e < Participates.Length; e++)
        {
            Scores[e] = Hundredths.None;
            Panel[e] = 0;
            if (!Participates[e])
            {
                continue;
            }

            var n = 0;
            tieSums.Clear();
            for (int j = 0, slot = e * judges; j < judges; j++, slot++)
            {
                if (!IsCounted(slot))
                {
                    continue;
                }

                z[n++] = ZOf(j, Totals[slot]);
                for (var k = 0; k < tieCount; k++)
                {
                    tieSums[k] += TieUnits[(slot * tieCount) + k];
                }
            }

            Panel[e] = n;
            if (n >= Plan.MinPanel)
            {
                Scores[e] = PanelAggregation.FromZScore(Mean, Sigma, PanelAggregation.MeanOfZ(z[..n]), Plan.Criteria.TotalUnit);
                SetTieMeans(e, tieSums, n);
            }
        }
    }

    /// <summary>z_ij = (S_ij − μ_j) / σ_j, or 0 when σ_j = 0.</summary>
    public double ZOf(int judge, long total) => JudgeSigma[judge] == 0 ? 0 : (total - JudgeMean[judge]) / JudgeSigma[judge];

    /// <summary>Mean and population standard deviation; σ = 0 exactly when every value is equal (decided on the integers).</summary>
    private static (double Mean, double Sigma) MeanAndSigma(long count, long sum, Int128 squares)
    {
        if (count == 0)
        {
            return (0, 0);
        }

        var spread = (count * squares) - ((Int128)sum * sum);
        var mean = (double)sum / count;
        return spread == 0 ? (mean, 0) : (mean, Math.Sqrt((double)spread) / count);
    }

    /// <summary>Sets who takes part, re-aggregates, re-sorts and works out who advances.</summary>
    public void Recompute(ReadOnlySpan<bool> participates, bool isLast)
    {
        participates.CopyTo(Participates);
        AggregateAll();
        Order.Clear();
        for (var e = 0; e < Participates.Length; e++)
        {
            if (Participates[e] && Scores[e] != Hundredths.None)
            {
                Order.Append(e);
            }
        }

        var key = Key;
        Order.Sort(key);
        MarkAdvanced(Order, key, isLast ? 0 : Plan.Definition.Advance ?? int.MaxValue, Advanced);
    }

    /// <summary>Every entry with rank ≤ K goes on, so entries tied at K all go on; on the last stage nobody does (K = 0).</summary>
    public static void MarkAdvanced(EntryOrder order, RankingKey key, int advance, bool[] advanced)
    {
        Array.Clear(advanced);
        var rank = 0;
        for (var i = 0; i < order.Count; i++)
        {
            if (i == 0 || !key.IsTied(order[i - 1], order[i]))
            {
                rank = i + 1;
            }

            if (rank > advance)
            {
                break;
            }

            advanced[order[i]] = true;
        }
    }
}
