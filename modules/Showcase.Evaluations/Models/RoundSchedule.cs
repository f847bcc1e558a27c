namespace Showcase.Evaluations.Models;

/// <summary>
/// When a round moves on by itself. Every time is optional: a round without a time for its next state stays where it
/// is until a manager moves it. The notice period ends <see cref="NoticeDays"/> days after <see cref="PublicNotice"/>.
/// </summary>
public sealed record RoundSchedule(
    DateTimeOffset? ApplicationsOpen = null,
    DateTimeOffset? ScoringOpen = null,
    DateTimeOffset? ScoringClose = null,
    DateTimeOffset? PublicNotice = null,
    int? NoticeDays = null)
{
    public static RoundSchedule None { get; } = new();

    public bool IsEmpty => ApplicationsOpen is null && ScoringOpen is null && ScoringClose is null && PublicNotice is null;

    /// <summary>When the notice period ends and the round may become FINAL; null without a public-notice time and a notice period.</summary>
    public DateTimeOffset? FinalAt => PublicNotice is { } notice && NoticeDays is { } days ? notice.AddDays(days) : null;

    /// <summary>The time at which the round enters <paramref name="state"/> by itself, if the schedule says.</summary>
    public DateTimeOffset? TimeOf(RoundState state) => state switch
    {
        RoundState.ApplicationsOpen => ApplicationsOpen,
        RoundState.Scoring => ScoringOpen,
        RoundState.Closed => ScoringClose,
        RoundState.PublicNotice => PublicNotice,
        RoundState.Final => FinalAt,
        _ => null,
    };

    /// <summary>The first thing wrong with the schedule (times out of order, a negative notice period), or null.</summary>
    /// <returns>the field (as recipes name it) and what is wrong.</returns>
    public (string Field, string Message)? Problem()
    {
        if (NoticeDays is < 0)
        {
            return ("noticeDays", $"{NoticeDays} is below zero");
        }

        (string Name, DateTimeOffset? At)[] times =
        [
            ("applicationsOpen", ApplicationsOpen), ("scoringOpen", ScoringOpen), ("scoringClose", ScoringClose), ("publicNotice", PublicNotice),
        ];
        (string Name, DateTimeOffset At)? previous = null;
        foreach (var (name, at) in times)
        {
            if (at is not { } time)
            {
                continue;
            }

            if (previous is { } before && time < before.At)
            {
                return (name, $"{time:O} is before {before.Name} ({before.At:O})");
            }

            previous = (name, time);
        }

        return null;
    }
}
