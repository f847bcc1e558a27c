namespace Showcase.Evaluations.Models;

/// <summary>
/// The round's states and the moves between them. Forward one state at a time, by the schedule or by a manager's hand;
/// back to SCORING only to reopen a stage (a manager's decision while CLOSED, or an upheld objection during the public
/// notice). Whether a move is allowed right now (an open objection, an unresolved boundary tie) is the services' to say.
/// </summary>
public static class RoundLifecycle
{
    public static RoundState? Next(RoundState state) => state == RoundState.Final ? null : state + 1;

    /// <summary>Whether a manager may move a round from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(RoundState from, RoundState to) =>
        Next(from) == to || IsReopening(from, to);

    /// <summary>Back to scoring from CLOSED or PUBLIC_NOTICE: a stage is reopened.</summary>
    public static bool IsReopening(RoundState from, RoundState to) =>
        to == RoundState.Scoring && from is RoundState.Closed or RoundState.PublicNotice;

    /// <summary>
    /// The state the schedule moves the round to next: the first later state the schedule gives a time for (states it
    /// gives none are passed through), or null when there is none.
    /// </summary>
    public static RoundState? ScheduledNext(RoundState state, RoundSchedule schedule)
    {
        for (var next = Next(state); next is { } candidate; next = Next(candidate))
        {
            if (schedule.TimeOf(candidate) is not null)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>When the schedule's next move falls due; null when the schedule says nothing more.</summary>
    public static DateTimeOffset? NextDueTime(RoundState state, RoundSchedule schedule) =>
        ScheduledNext(state, schedule) is { } next ? schedule.TimeOf(next) : null;

    /// <summary>The state the schedule says the round should be moved to now, or null when nothing is due.</summary>
    public static RoundState? Due(RoundState state, RoundSchedule schedule, DateTimeOffset now) =>
        ScheduledNext(state, schedule) is { } next && schedule.TimeOf(next) <= now ? next : null;

    /// <summary>The states a round goes through to reach <paramref name="target"/> from <paramref name="from"/>, going forward; empty when it is not ahead.</summary>
    public static IReadOnlyList<RoundState> PathTo(RoundState from, RoundState target)
    {
        var path = new List<RoundState>();
        for (var state = from; state < target; state++)
        {
            path.Add(state + 1);
        }

        return path;
    }
}
