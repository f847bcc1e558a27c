namespace Showcase.Scoring;

/// <summary>
/// Finds panel slots for a stream of scorecards. Scorecards usually arrive grouped by stage and entry and ordered by
/// judge (as a database returns them), so it first tries the previous card's stage and entry and the next judge,
/// which costs a string comparison instead of two hash lookups; any other order falls back to the lookups.
/// </summary>
internal ref struct SlotLocator(RoundTally tally)
{
    private StageState? _stage;
    private int _entry = -1;
    private int _judge = -1;

    public (StageState Stage, int Slot) Locate(Scorecard card)
    {
        var plan = tally.Plan;
        if (_stage is null || !string.Equals(_stage.Plan.Key, card.Stage, StringComparison.Ordinal))
        {
            return Lookup(card);
        }

        var judges = _stage.Plan.Judges;
        if (_entry < 0 || !string.Equals(plan.EntryCodes[_entry], card.Entry, StringComparison.Ordinal))
        {
            if (!plan.TryGetEntry(card.Entry, out _entry))
            {
                return Lookup(card);
            }

            _judge = -1;
        }

        var next = _judge + 1;
        if (next < judges.Length && string.Equals(judges[next], card.Judge, StringComparison.Ordinal))
        {
            _judge = next;
        }
        else if (!_stage.Plan.TryGetJudge(card.Judge, out _judge))
        {
            return Lookup(card);
        }

        return (_stage, (_entry * judges.Length) + _judge);
    }

    /// <summary>The plain lookups, which also raise the error for an unknown stage, entry or judge.</summary>
    private (StageState Stage, int Slot) Lookup(Scorecard card)
    {
        var (stage, entry, slot) = tally.Locate(card.Stage, card.Judge, card.Entry);
        (_stage, _entry, _judge) = (stage, entry, slot - (entry * stage.Plan.JudgeCount));
        return (stage, slot);
    }
}
