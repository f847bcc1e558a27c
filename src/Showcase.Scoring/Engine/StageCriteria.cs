using System.Runtime.CompilerServices;

namespace Showcase.Scoring;

/// <summary>
/// A stage's criteria compiled for exact integer work: every score becomes a whole number of 10^-U units (U = the most
/// decimals any step has), every weight a whole number of 10^-V units, and a judge total S_ij = Σ w_c · x_c a whole
/// number of 10^-(U+V) units. Reading a scorecard validates it and sums it in one pass over its scores.
/// </summary>
internal sealed class StageCriteria
{
    private readonly string _stage;
    private readonly Criterion[] _criteria;
    private readonly CriterionUnits[] _units;

    public StageCriteria(StageDefinition stage)
    {
        _stage = stage.Key;
        if (stage.Criteria is null || stage.Criteria.Count == 0)
        {
            throw new RoundDefinitionException($"Stage '{stage.Key}' has no criteria.");
        }

        _criteria = [.. stage.Criteria];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in _criteria)
        {
            if (string.IsNullOrWhiteSpace(c.Key) || !keys.Add(c.Key))
            {
                throw new RoundDefinitionException($"Stage '{stage.Key}': criterion key '{c.Key}' is empty or used twice.");
            }

            if (c.Max <= 0 || c.Weight <= 0 || c.Step <= 0)
            {
                throw new RoundDefinitionException($"Stage '{stage.Key}', criterion '{c.Key}': max, weight and step must be above zero (max {c.Max.ToInvariantString()}, weight {c.Weight.ToInvariantString()}, step {c.Step.ToInvariantString()}).");
            }
        }

        ScoreScale = _criteria.Max(c => DecimalUnits.SignificantScale(c.Step));
        WeightScale = _criteria.Max(c => DecimalUnits.SignificantScale(c.Weight));
        if (ScoreScale + WeightScale > 12)
        {
            throw new RoundDefinitionException($"Stage '{stage.Key}': steps and weights carry more than 12 decimals between them.");
        }

        ScoreUnit = DecimalUnits.PowersOfTen[ScoreScale];
        TotalUnit = DecimalUnits.PowersOfTen[ScoreScale + WeightScale];
        TieBreaks = [.. Enumerable.Range(0, _criteria.Length)
            .Where(c => _criteria[c].TieBreak is not null)
            .OrderBy(c => _criteria[c].TieBreak)
            .ThenBy(c => c)];
        _units = new CriterionUnits[_criteria.Length];
        decimal maxTotal = 0;
        for (var c = 0; c < _criteria.Length; c++)
        {
            var criterion = _criteria[c];
            if (!DecimalUnits.TryToUnits(decimal.Floor(criterion.Max * ScoreUnit), 0, out var maxUnits)
                || !DecimalUnits.TryToUnits(criterion.Weight, WeightScale, out var weightUnits)
                || !DecimalUnits.TryToUnits(criterion.Step, ScoreScale, out var stepUnits))
            {
                throw new RoundDefinitionException($"Stage '{stage.Key}', criterion '{criterion.Key}': max, weight or step is too large.");
            }

            _units[c] = new CriterionUnits((ulong)maxUnits, weightUnits, new WholeSteps(stepUnits), Array.IndexOf(TieBreaks, c));
            maxTotal += (decimal)maxUnits * weightUnits;
        }

        // Panel sums are multiplied by 100 (hundredths) and, for a median, two totals are added: keep far from overflow.
        if (maxTotal * Math.Max(stage.Judges?.Count ?? 1, 2) * 200 > long.MaxValue / 4)
        {
            throw new RoundDefinitionException($"Stage '{stage.Key}': the criteria allow totals too large to sum exactly.");
        }
    }

    public int Count => _criteria.Length;

    public Criterion this[int index] => _criteria[index];

    /// <summary>U: scores are whole numbers of 10^-U.</summary>
    public int ScoreScale { get; }

    /// <summary>V: weights are whole numbers of 10^-V.</summary>
    public int WeightScale { get; }

    /// <summary>10^U: one point in score units.</summary>
    public long ScoreUnit { get; }

    /// <summary>10^(U+V): one point in total units.</summary>
    public long TotalUnit { get; }

    /// <summary>The tie-break criteria (indices) in priority order.</summary>
    public int[] TieBreaks { get; }

    /// <summary>
    /// Validates a scorecard and returns its judge total in total units; the scores of the tie-break criteria go to
    /// <paramref name="tieUnits"/> (score units, priority order).
    /// </summary>
    /// <exception cref="ScorecardRejectedException">A score is missing, extra, negative, above its maximum or off its step.</exception>
    public long Total(Scorecard card, Span<long> tieUnits)
    {
        var scores = card.Scores.AsSpan();
        if (scores.Length != _criteria.Length)
        {
            throw Rejected(card);
        }

        Span<int> bits = stackalloc int[4];
        var scoreScale = ScoreScale;
        var criteria = _units.AsSpan(0, scores.Length);
        long total = 0;
        for (var c = 0; c < scores.Length; c++)
        {
            ref readonly var criterion = ref criteria[c];
            if (!TryUnits(in criterion, scoreScale, scores[c], bits, out var units))
            {
                throw Rejected(card);
            }

            total += criterion.Weight * (long)units;
            if (criterion.TieSlot >= 0)
            {
                tieUnits[criterion.TieSlot] = (long)units;
            }
        }

        return total;
    }

    /// <summary>Adds every problem of the scorecard's scores to <paramref name="problems"/> (the same rules as <see cref="Total"/>, not stopping at the first).</summary>
    public void Find(Scorecard card, List<ScorecardFinding> problems)
    {
        var count = card.Scores.IsDefault ? 0 : card.Scores.Length;
        Span<int> bits = stackalloc int[4];
        for (var c = 0; c < _criteria.Length; c++)
        {
            if (c >= count)
            {
                problems.Add(ScorecardRejectedException.MissingCriterion(_criteria[c]));
            }
            else if (!TryUnits(in _units[c], ScoreScale, card.Scores[c], bits, out _))
            {
                problems.Add(Refused(card, c));
            }
        }

        for (var extra = _criteria.Length; extra < count; extra++)
        {
            problems.Add(Extra(card, extra));
        }
    }

    /// <summary>
    /// A score as a whole number of 10^-U units; false when it is negative, above the maximum, off its step, or carries
    /// more decimals than a step has (unless they are zeros).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryUnits(in CriterionUnits criterion, int scoreScale, decimal score, Span<int> bits, out ulong units)
    {
        decimal.GetBits(score, bits);
        var flags = bits[3];
        var mantissa = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        var scale = (flags >> 16) & 0xFF;
        var max = criterion.Max;
        units = 0;
        if (bits[2] != 0 || (flags < 0 && mantissa != 0))
        {
            return false;
        }

        if (scale == scoreScale)
        {
            units = mantissa;
        }
        else if (scale < scoreScale)
        {
            var factor = (ulong)DecimalUnits.PowersOfTen[scoreScale - scale];
            if (mantissa > max / factor)
            {
                return false;
            }

            units = mantissa * factor;
        }
        else
        {
            // More decimals than any step has: the extra ones must be zeros ("36.50").
            var shift = scale - scoreScale;
            if (shift >= DecimalUnits.PowersOfTen.Length)
            {
                if (mantissa != 0)
                {
                    return false;
                }

                units = 0;
            }
            else
            {
                var divisor = (ulong)DecimalUnits.PowersOfTen[shift];
                units = mantissa / divisor;
                if (units * divisor != mantissa)
                {
                    return false;
                }
            }
        }

        return units <= max && criterion.Steps.Divides(units);
    }

    /// <summary>Every problem of the scores, off the fast path.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ScorecardRejectedException Rejected(Scorecard card)
    {
        var problems = new List<ScorecardFinding>();
        Find(card, problems);
        return new ScorecardRejectedException(_stage, card.Judge, card.Entry, problems);
    }

    private ScorecardFinding Extra(Scorecard card, int index) => new(
        ScorecardProblem.UnknownCriterion, "scores", $"#{index + 1}", card.Scores[index].ToInvariantString(),
        $"{_criteria.Length} scores, one for each of {string.Join(", ", _criteria.Select(c => c.Key))}");

    /// <summary>Works out, off the fast path, why a score was refused.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ScorecardFinding Refused(Scorecard card, int c)
    {
        var criterion = _criteria[c];
        var value = card.Scores[c];
        var problem = value < 0 ? ScorecardProblem.BelowZero
            : value > criterion.Max ? ScorecardProblem.AboveMaximum
            : ScorecardProblem.OffStep;
        return new ScorecardFinding(problem, ScorecardFinding.CriterionPath(criterion.Key), criterion.Key, value.ToInvariantString(), ScorecardRejectedException.Range(criterion));
    }

    /// <summary>One criterion in units, kept together so the hot loop reads one element per score.</summary>
    /// <param name="TieSlot">Its place among the tie-break criteria, or −1.</param>
    private readonly record struct CriterionUnits(ulong Max, long Weight, WholeSteps Steps, int TieSlot);

    /// <summary>
    /// "Is units a whole multiple of the step?" without a division in the hot loop: for step = 2^k · m with m odd,
    /// the low k bits must be zero and (units &gt;&gt; k) · m⁻¹ (mod 2^64) must not exceed (2^64 − 1) / m.
    /// </summary>
    private readonly struct WholeSteps
    {
        private readonly int _shift;
        private readonly ulong _lowMask;
        private readonly ulong _inverse;
        private readonly ulong _limit;

        public WholeSteps(long step)
        {
            var odd = (ulong)step;
            _shift = System.Numerics.BitOperations.TrailingZeroCount(odd);
            odd >>= _shift;
            _lowMask = (1UL << _shift) - 1;
            var inverse = odd;
            for (var i = 0; i < 5; i++)
            {
                inverse *= 2 - (odd * inverse);
            }

            _inverse = inverse;
            _limit = ulong.MaxValue / odd;
        }

        public bool Divides(ulong units) => (units & _lowMask) == 0 && (units >> _shift) * _inverse <= _limit;
    }
}
