using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Showcase.Scoring;

/// <summary>
/// A round being scored: every current scorecard read once into totals, every stage aggregated and ordered. The full
/// recompute (<see cref="Create"/>) is the reference; <see cref="Apply"/> updates it for one scorecard and must leave it
/// exactly as a full recompute of the same scorecards would. Not thread-safe: the owner serialises updates and hands
/// out the immutable <see cref="Standings"/>.
/// </summary>
public sealed class RoundTally
{
    private readonly RoundPlan _plan;
    private readonly StageState[] _stages;
    private readonly long[] _roundScores;
    private readonly EntryOrder _roundOrder;
    private readonly long[][] _stageScores;

    private RoundTally(RoundPlan plan)
        : this(plan, [.. plan.Stages.Select(s => new StageState(s, plan.EntryCount))])
    {
        Array.Fill(_roundScores, Hundredths.None);
    }

    private RoundTally(RoundPlan plan, StageState[] stages)
    {
        _plan = plan;
        _stages = stages;
        _roundScores = new long[plan.EntryCount];
        _roundOrder = new EntryOrder(plan.EntryCount);
        _stageScores = [.. _stages.Select(s => s.Scores)];
    }

    public RoundDefinition Round => _plan.Round;

    internal RoundPlan Plan => _plan;

    internal StageState[] StageStates => _stages;

    internal long[] RoundScores => _roundScores;

    internal EntryOrder RoundOrder => _roundOrder;

    private StageState Last => _stages[^1];

    /// <summary>R_i of the entries that reached the last stage, ordered by R_i, then the last stage's tie-breaks.</summary>
    internal RankingKey RoundKey => new(_roundScores, Last.TieMeans, Last.Plan.TieBreakCount);

    /// <summary>The full recompute: reads and checks every scorecard once, then aggregates and ranks every stage.</summary>
    /// <exception cref="RoundDefinitionException">The definition breaks a rule.</exception>
    /// <exception cref="ScorecardRejectedException">A submitted scorecard names an unknown stage, entry or judge, or a score is out of range or off its step.</exception>
    public static RoundTally Create(RoundDefinition round, IEnumerable<Scorecard> scorecards)
    {
        var tally = new RoundTally(RoundPlan.Compile(round));
        tally.ReadAll(scorecards);
        tally.RecomputeFrom(0);
        return tally;
    }

    /// <summary>
    /// An independent copy in the same state (the plan and the scorecards, both immutable, are shared): the owner of a
    /// tally that others read can copy it, apply the new scorecards to the copy and hand the copy out in its place.
    /// O(slots) array copies, no scorecard is read again.
    /// </summary>
    public RoundTally Copy()
    {
        var copy = new RoundTally(_plan, [.. _stages.Select(s => s.Copy())]);
        _roundScores.CopyTo(copy._roundScores, 0);
        copy._roundOrder.CopyFrom(_roundOrder);
        return copy;
    }

    /// <summary>Takes in one submitted or amended scorecard and updates only what it touches.</summary>
    /// <exception cref="ScorecardRejectedException">As for <see cref="Create"/>; the tally is then unchanged.</exception>
    public RoundChange Apply(Scorecard scorecard)
    {
        if (scorecard.IsDraft)
        {
            return new RoundChange(RoundChangeKind.Ignored, scorecard.Stage, scorecard.Entry);
        }

        var (stage, entry, slot) = Locate(scorecard.Stage, scorecard.Judge, scorecard.Entry);
        var current = stage.Cards[slot];
        if (current is not null && current.Revision > scorecard.Revision)
        {
            return new RoundChange(RoundChangeKind.Ignored, scorecard.Stage, scorecard.Entry);
        }

        var tieCount = stage.Plan.TieBreakCount;
        Span<long> tieUnits = stackalloc long[tieCount];
        var total = stage.Plan.Criteria.Total(scorecard, tieUnits);
        if (current is not null && current.Scores.AsSpan().SequenceEqual(scorecard.Scores.AsSpan()))
        {
            // An amendment with the same figures: the newer revision is kept, no total or rank can move.
            stage.Cards[slot] = scorecard;
            return new RoundChange(RoundChangeKind.Unchanged, scorecard.Stage, scorecard.Entry);
        }

        stage.Cards[slot] = scorecard;
        stage.Totals[slot] = total;
        tieUnits.CopyTo(stage.TieUnits.AsSpan(slot * tieCount, tieCount));
        return Refresh(stage, entry, slot);
    }

    /// <summary>Takes a judge's scorecard off the panel (withdrawn by the judge or deleted).</summary>
    public RoundChange Remove(string stageKey, string judge, string entryCode)
    {
        var (stage, entry, slot) = Locate(stageKey, judge, entryCode);
        if (stage.Cards[slot] is null)
        {
            return new RoundChange(RoundChangeKind.Ignored, stageKey, entryCode);
        }

        stage.Cards[slot] = null;
        return Refresh(stage, entry, slot);
    }

    /// <summary>The scorecards that count: current, submitted, from a listed judge without a conflict, for an entry taking part in the stage.</summary>
    public IEnumerable<Scorecard> CountedScorecards()
    {
        foreach (var stage in _stages)
        {
            var judges = stage.Plan.JudgeCount;
            for (var e = 0; e < _plan.EntryCount; e++)
            {
                if (!stage.Participates[e])
                {
                    continue;
                }

                for (int j = 0, slot = e * judges; j < judges; j++, slot++)
                {
                    if (stage.IsCounted(slot))
                    {
                        yield return stage.Cards[slot]!;
                    }
                }
            }
        }
    }

    /// <summary>Per criterion of the stage, the mean over the entry's panel rounded to two decimals; empty when the panel is empty.</summary>
    public ImmutableArray<decimal> CriterionMeans(string stageKey, string entryCode)
    {
        var stage = _stages[(_plan.FindStage(stageKey) ?? throw new KeyNotFoundException($"No stage '{stageKey}'.")).Index];
        if (!_plan.TryGetEntry(entryCode, out var e))
        {
            throw new KeyNotFoundException($"No entry '{entryCode}'.");
        }

        var criteria = stage.Plan.Criteria.Count;
        var sums = new decimal[criteria];
        var n = 0;
        for (int j = 0, slot = e * stage.Plan.JudgeCount; j < stage.Plan.JudgeCount; j++, slot++)
        {
            if (stage.IsCounted(slot))
            {
                n++;
                for (var c = 0; c < criteria; c++)
                {
                    sums[c] += stage.Cards[slot]!.Scores[c];
                }
            }
        }

        return n == 0 ? [] : [.. sums.Select(s => Hundredths.ToDecimal(Hundredths.FromDecimal(s / n)))];
    }

    /// <summary>An immutable picture of the current results (O(entries)).</summary>
    /// <param name="previous">
    /// The standings of an earlier revision of this tally (its copy's), or null: lines that read the same are taken over.
    /// </param>
    public RoundStandings Standings(RoundStandings? previous = null) => StandingsLayout.Build(this, previous);

    /// <summary>The stage, entry and panel slot of a scorecard; refuses an unknown stage, entry or judge.</summary>
    internal (StageState Stage, int Entry, int Slot) Locate(string stageKey, string judge, string entryCode)
    {
        var plan = _plan.FindStage(stageKey)
            ?? throw new ScorecardRejectedException(ScorecardProblem.UnknownStage, stageKey, judge, entryCode, null, stageKey, "one of " + string.Join(", ", _plan.Stages.Select(s => s.Key)));
        if (!_plan.TryGetEntry(entryCode, out var entry))
        {
            throw new ScorecardRejectedException(ScorecardProblem.UnknownEntry, stageKey, judge, entryCode, null, entryCode, "an entry registered in round " + _plan.Round.Code);
        }

        if (!plan.TryGetJudge(judge, out var j))
        {
            throw _plan.Stages.Any(s => s.TryGetJudge(judge, out _))
                ? new ScorecardRejectedException(ScorecardProblem.JudgeNotOnStage, stageKey, judge, entryCode, null, judge, $"one of the {plan.JudgeCount} judges listed for stage '{stageKey}'")
                : new ScorecardRejectedException(ScorecardProblem.UnknownJudge, stageKey, judge, entryCode, null, judge, "a judge listed for a stage of round " + _plan.Round.Code);
        }

        return (_stages[plan.Index], entry, (entry * plan.JudgeCount) + j);
    }

    private RoundChange Refresh(StageState stage, int entry, int slot)
    {
        var stageKey = stage.Plan.Key;
        var entryCode = _plan.EntryCodes[entry];
        if (!stage.Participates[entry] || stage.Plan.Conflicted[slot])
        {
            return new RoundChange(RoundChangeKind.Stored, stageKey, entryCode);
        }

        if (stage == Last && stage.Plan.Method != AggregationMethod.ZScore)
        {
            RescoreInLastStage(entry);
            return new RoundChange(RoundChangeKind.EntryRescored, stageKey, entryCode);
        }

        RecomputeFrom(stage.Plan.Index);
        return new RoundChange(RoundChangeKind.StagesRecomputed, stageKey, entryCode);
    }

    /// <summary>The incremental path: one entry re-aggregated, then moved in the stage order and the round order.</summary>
    private void RescoreInLastStage(int entry)
    {
        var last = Last;
        if (last.Scores[entry] != Hundredths.None)
        {
            last.Order.RemoveAt(last.Order.IndexOf(entry, last.Key));
            _roundOrder.RemoveAt(_roundOrder.IndexOf(entry, RoundKey));
        }

        last.AggregateEntry(entry);
        if (last.Scores[entry] == Hundredths.None)
        {
            _roundScores[entry] = Hundredths.None;
            return;
        }

        _roundScores[entry] = _plan.RoundScore(_stageScores, entry);
        last.Order.Insert(entry, last.Key);
        _roundOrder.Insert(entry, RoundKey);
    }

    private void ReadAll(IEnumerable<Scorecard> scorecards)
    {
        switch (scorecards)
        {
            case Scorecard[] array:
                ReadAll(array.AsSpan());
                break;
            case List<Scorecard> list:
                ReadAll(CollectionsMarshal.AsSpan(list));
                break;
            default:
                ReadAll(scorecards.ToArray().AsSpan());
                break;
        }
    }

    private void ReadAll(ReadOnlySpan<Scorecard> scorecards)
    {
        var maxTies = _plan.Stages.Max(s => s.TieBreakCount);
        Span<long> tieUnits = stackalloc long[maxTies];
        var locator = new SlotLocator(this);
        foreach (var card in scorecards)
        {
            if (card.IsDraft)
            {
                continue;
            }

            var (stage, slot) = locator.Locate(card);
            var current = stage.Cards[slot];
            if (current is not null)
            {
                if (current.Revision > card.Revision)
                {
                    continue;
                }

                if (current.Revision == card.Revision && !current.Scores.AsSpan().SequenceEqual(card.Scores.AsSpan()))
                {
                    throw new ScorecardRejectedException(ScorecardProblem.DuplicateRevision, card.Stage, card.Judge, card.Entry, null, card.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), "one scorecard per revision; an amendment has a higher revision");
                }
            }

            var tieCount = stage.Plan.TieBreakCount;
            stage.Totals[slot] = stage.Plan.Criteria.Total(card, tieUnits);
            stage.Cards[slot] = card;
            tieUnits[..tieCount].CopyTo(stage.TieUnits.AsSpan(slot * tieCount, tieCount));
        }
    }

    /// <summary>Recomputes stage <paramref name="from"/> and every later stage from the totals already read, then the round order.</summary>
    private void RecomputeFrom(int from)
    {
        Span<bool> participates = new bool[_plan.EntryCount];
        for (var s = from; s < _stages.Length; s++)
        {
            for (var e = 0; e < participates.Length; e++)
            {
                participates[e] = s == 0 ? !_plan.Withdrawn[e] : _stages[s - 1].Advanced[e];
            }

            _stages[s].Recompute(participates, s == _stages.Length - 1);
        }

        Array.Fill(_roundScores, Hundredths.None);
        _roundOrder.Clear();
        foreach (var entry in Last.Order.Items)
        {
            _roundScores[entry] = _plan.RoundScore(_stageScores, entry);
            _roundOrder.Append(entry);
        }

        _roundOrder.Sort(RoundKey);
    }
}
