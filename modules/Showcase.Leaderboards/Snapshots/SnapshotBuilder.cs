using System.Collections.Immutable;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Showcase.Api.V1;
using Showcase.Evaluations.Services;
using Showcase.Organizations.Services;
using Showcase.Scoring;
using Showcase.Scoring.Statistics;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>Turns a round's results (Showcase.Scoring's standings, through Evaluations' read side) into API messages.</summary>
public static class SnapshotBuilder
{
    public static Api.V1.Round RoundMessage(RoundSummary summary, long version, bool provisional)
    {
        var round = new Api.V1.Round
        {
            Name = ResourceNames.Round(summary.Code),
            Code = summary.Code,
            Title = summary.Title,
            Year = summary.Year,
            State = ToMessage(summary.State),
            Version = version,
            Provisional = provisional,
            LiveDisplay = summary.LiveDisplay,
            OpenStage = summary.OpenStage ?? "",
            ApplicationsOpenTime = Time(summary.Schedule.ApplicationsOpen),
            ScoringOpenTime = Time(summary.Schedule.ScoringOpen),
            ScoringCloseTime = Time(summary.Schedule.ScoringClose),
            PublicNoticeTime = Time(summary.Schedule.PublicNotice),
            FinalTime = Time(summary.Schedule.FinalAt),
        };
        var openIndex = summary.Stages.ToList().FindIndex(s => s.Key == summary.OpenStage);
        for (var i = 0; i < summary.Stages.Count; i++)
        {
            var stage = summary.Stages[i];
            round.Stages.Add(new Api.V1.Stage
            {
                Name = ResourceNames.Stage(summary.Code, stage.Key),
                Key = stage.Key,
                Title = stage.Title,
                Method = ToMessage(stage.Method),
                State = StageStateOf(summary.State, openIndex, i),
            });
        }

        return round;
    }

    /// <summary>The round's ranking: every entry in position order, with the standing each line was built from.</summary>
    /// <param name="previous">
    /// The current version of this leaderboard when it was built from the same entries and tree (<see cref="SnapshotSource"/>),
    /// or null. Its line of an entry whose standing is unchanged is taken over as it is (lines are never changed once
    /// built), and a changed line starts from its copy rather than from names built again. A line built from the very
    /// standing object the results hold again (Showcase.Scoring keeps the standing of an entry that did not move) is
    /// taken over without comparing it field by field.
    /// </param>
    public static BuiltLines RoundEntries(RoundResults results, OrganizationTree tree, RankUncertainty? intervals, LeaderboardSnapshot? previous = null)
    {
        var standings = results.Standings.Entries;
        var entries = ImmutableArray.CreateBuilder<LeaderboardEntry>(standings.Length);
        var sources = new object[standings.Length];
        var previousSources = previous?.TakeSources();
        foreach (var standing in standings)
        {
            var interval = intervals?.For(standing.EntryCode);
            var at = previous?.IndexNear(standing.EntryCode, entries.Count) ?? -1;
            var before = at >= 0 ? previous!.Entries[at] : null;
            sources[entries.Count] = standing;
            if (before is not null && (ReferenceEquals(previousSources?[at], standing) ? SameInterval(before, interval) : Matches(before, standing, interval)))
            {
                entries.Add(before);
                continue;
            }

            var line = before?.Clone() ?? Line(results, tree, standing.EntryCode);
            line.Status = ToMessage(standing.Status);
            line.Score = standing.ScoreText;
            line.Rank = standing.Rank;
            line.Position = standing.Position;
            line.Tied = standing.Tied;
            line.Grade = standing.Grade;
            line.BoundaryTie = standing.BoundaryTie;
            line.JudgeCount = standing.JudgeCount;
            line.StageReached = standing.StageReached ?? "";
            line.RankIntervalLow = interval?.Low ?? 0;
            line.RankIntervalHigh = interval?.High ?? 0;
            entries.Add(line);
        }

        return new BuiltLines(entries.MoveToImmutable(), sources);
    }

    /// <summary>One stage's own ranking: the entries that took part in it, in position order, with the standing each line was built from.</summary>
    /// <param name="previous">As for <see cref="RoundEntries"/>.</param>
    public static BuiltLines StageEntries(RoundResults results, OrganizationTree tree, StageStandings stage, LeaderboardSnapshot? previous = null)
    {
        var entries = ImmutableArray.CreateBuilder<LeaderboardEntry>(stage.Entries.Length);
        var sources = new object[stage.Entries.Length];
        var previousSources = previous?.TakeSources();
        foreach (var standing in stage.Entries)
        {
            var at = previous?.IndexNear(standing.EntryCode, entries.Count) ?? -1;
            var before = at >= 0 ? previous!.Entries[at] : null;
            sources[entries.Count] = standing;
            if (before is not null && (ReferenceEquals(previousSources?[at], standing) ? before.StageReached == stage.Stage : Matches(before, standing, stage.Stage)))
            {
                entries.Add(before);
                continue;
            }

            var line = before?.Clone() ?? Line(results, tree, standing.EntryCode);
            line.Status = ToMessage(standing.Status);
            line.Score = standing.ScoreText;
            line.Rank = standing.Rank;
            line.Position = standing.Position;
            line.Tied = standing.Tied;
            line.JudgeCount = standing.JudgeCount;
            line.StageReached = stage.Stage;
            entries.Add(line);
        }

        return new BuiltLines(entries.MoveToImmutable(), sources);
    }

    // Each compares exactly the fields its builder above sets from the standing (the rest name the entry and come
    // from the source), the score last: formatting it costs the most, and a line that moved differs in its position.
    // SnapshotReuseTests hold a build that takes lines over equal to one that builds them all.
    private static bool Matches(LeaderboardEntry line, Standing standing, RankInterval? interval) =>
        line.Position == standing.Position
        && line.Rank == standing.Rank
        && line.Tied == standing.Tied
        && line.JudgeCount == standing.JudgeCount
        && line.BoundaryTie == standing.BoundaryTie
        && line.Status == ToMessage(standing.Status)
        && line.Grade == standing.Grade
        && line.StageReached == (standing.StageReached ?? "")
        && SameInterval(line, interval)
        && ScoreIs(line.Score, standing.Score);

    private static bool SameInterval(LeaderboardEntry line, RankInterval? interval) =>
        line.RankIntervalLow == (interval?.Low ?? 0) && line.RankIntervalHigh == (interval?.High ?? 0);

    private static bool Matches(LeaderboardEntry line, StageStanding standing, string stageKey) =>
        line.Position == standing.Position
        && line.Rank == standing.Rank
        && line.Tied == standing.Tied
        && line.JudgeCount == standing.JudgeCount
        && line.Status == ToMessage(standing.Status)
        && line.StageReached == stageKey
        && ScoreIs(line.Score, standing.Score);

    /// <summary>
    /// Whether a line's score reads as the standing's <c>ScoreText</c> would, compared without making that string: a
    /// rebuild compares every line of the leaderboard, and most are unchanged.
    /// </summary>
    internal static bool ScoreIs(string text, decimal? score)
    {
        if (score is not { } value)
        {
            return text.Length == 0;
        }

        Span<char> written = stackalloc char[32];
        return value.TryFormat(written, out var length, default, CultureInfo.InvariantCulture) && written[..length].SequenceEqual(text);
    }

    public static Api.V1.EntryStatus ToMessage(StandingStatus status) => status switch
    {
        StandingStatus.Ranked => Api.V1.EntryStatus.Ranked,
        StandingStatus.InsufficientPanel => Api.V1.EntryStatus.InsufficientPanel,
        StandingStatus.Eliminated => Api.V1.EntryStatus.Eliminated,
        StandingStatus.Withdrawn => Api.V1.EntryStatus.Withdrawn,
        _ => Api.V1.EntryStatus.Unspecified,
    };

    public static Api.V1.AggregationMethod ToMessage(Scoring.AggregationMethod method) => method switch
    {
        Scoring.AggregationMethod.TrimmedMean => Api.V1.AggregationMethod.TrimmedMean,
        Scoring.AggregationMethod.Mean => Api.V1.AggregationMethod.Mean,
        Scoring.AggregationMethod.Median => Api.V1.AggregationMethod.Median,
        Scoring.AggregationMethod.ZScore => Api.V1.AggregationMethod.ZScore,
        _ => Api.V1.AggregationMethod.Unspecified,
    };

    private static Api.V1.RoundState ToMessage(Evaluations.Models.RoundState state) => state switch
    {
        Evaluations.Models.RoundState.Draft => Api.V1.RoundState.Draft,
        Evaluations.Models.RoundState.ApplicationsOpen => Api.V1.RoundState.ApplicationsOpen,
        Evaluations.Models.RoundState.Scoring => Api.V1.RoundState.Scoring,
        Evaluations.Models.RoundState.Closed => Api.V1.RoundState.Closed,
        Evaluations.Models.RoundState.PublicNotice => Api.V1.RoundState.PublicNotice,
        Evaluations.Models.RoundState.Final => Api.V1.RoundState.Final,
        _ => Api.V1.RoundState.Unspecified,
    };

    private static StageState StageStateOf(Evaluations.Models.RoundState state, int openIndex, int index) => state switch
    {
        Evaluations.Models.RoundState.Draft or Evaluations.Models.RoundState.ApplicationsOpen => StageState.Pending,
        Evaluations.Models.RoundState.Scoring when openIndex < 0 => StageState.Pending,
        Evaluations.Models.RoundState.Scoring => index < openIndex ? StageState.Done : index == openIndex ? StageState.Open : StageState.Pending,
        _ => StageState.Done,
    };

    private static LeaderboardEntry Line(RoundResults results, OrganizationTree tree, string entryCode)
    {
        var entry = results.Snapshot.Entry(entryCode);
        var community = entry?.CommunityCode ?? "";
        var district = entry?.DistrictCode ?? "";
        return new LeaderboardEntry
        {
            Name = ResourceNames.Entry(results.RoundCode, entryCode),
            EntryCode = entryCode,
            BrandCode = entry?.BrandCode ?? "",
            Title = entry?.Title ?? "",
            CommunityCode = community,
            Community = tree.Find(community)?.Name ?? community,
            DistrictCode = district,
            District = tree.Find(district)?.Name ?? district,
        };
    }

    private static Timestamp? Time(DateTimeOffset? time) => time is { } t ? Timestamp.FromDateTimeOffset(t) : null;
}
