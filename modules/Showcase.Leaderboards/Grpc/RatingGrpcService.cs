using System.Globalization;
using Grpc.Core;
using Showcase.Abstractions.Api;
using Showcase.Api.V1;
using Showcase.Leaderboards.Snapshots;

namespace Showcase.Leaderboards.Grpc;

/// <summary>
/// <c>showcase.v1.RatingService</c>: an entry's rating from the round's results held in memory. Panel means are
/// withheld before FINAL while fewer than two judges (or fewer than the stage's minimum panel) count, since a
/// mean of one is that judge's own score; judges' own scores are given only once FINAL, under pseudonyms.
/// </summary>
[RequiresScope(ApiScopes.RatingsRead)]
public sealed class RatingGrpcService(LeaderboardReader reader) : RatingService.RatingServiceBase
{
    public override Task<EntryRating> GetEntryRating(GetEntryRatingRequest request, ServerCallContext context)
    {
        if (!ResourceNames.TryParseEntry(request.Name, out var roundCode, out var entryCode))
        {
            throw ApiException.InvalidArgument("INVALID_NAME", $"'{request.Name}' is not an entry name: expected rounds/{{round_code}}/entries/{{entry_code}}.", "name");
        }

        var (_, view) = reader.Round(roundCode, context.GetHttpContext().GetApiCaller());
        var results = view.Results;
        if (!results.Standings.TryGetStanding(entryCode, out var standing))
        {
            throw ApiException.NotFound("ENTRY_NOT_FOUND", $"'{request.Name}' is not an entry of the round.", new Dictionary<string, string> { ["entry"] = request.Name });
        }

        var final = results.State == Evaluations.Models.RoundState.Final;
        var rating = new EntryRating
        {
            Name = request.Name,
            EntryCode = entryCode,
            Score = standing.ScoreText,
            Rank = standing.Rank,
            Status = SnapshotBuilder.ToMessage(standing.Status),
            Grade = standing.Grade,
            Version = view.Version,
            Provisional = results.IsProvisional,
        };
        if (view.Intervals?.For(entryCode) is { } interval)
        {
            rating.RankIntervalLow = interval.Low;
            rating.RankIntervalHigh = interval.High;
        }

        foreach (var stageScore in standing.Stages)
        {
            var definition = results.Snapshot.StageDefinition(stageScore.Stage);
            if (definition is null)
            {
                continue;
            }

            var stage = new StageRating
            {
                Stage = ResourceNames.Stage(roundCode, stageScore.Stage),
                Method = SnapshotBuilder.ToMessage(definition.Method),
                Score = stageScore.ScoreText,
                JudgeCount = stageScore.JudgeCount,
                Rank = stageScore.Rank,
            };
            var showMeans = final || stageScore.JudgeCount >= Math.Max(2, definition.EffectiveMinPanel);
            var means = showMeans ? results.CriterionMeans(stageScore.Stage, entryCode) : [];
            for (var c = 0; c < definition.Criteria.Count; c++)
            {
                var criterion = definition.Criteria[c];
                stage.Criteria.Add(new CriterionRating
                {
                    Key = criterion.Key,
                    Title = criterion.Title,
                    Max = criterion.Max.ToString("0.############", CultureInfo.InvariantCulture),
                    Mean = c < means.Length ? means[c].ToString("0.00", CultureInfo.InvariantCulture) : "",
                });
            }

            foreach (var card in results.PseudonymousScorecards(stageScore.Stage, entryCode))
            {
                var judge = new JudgeScores { Judge = card.Judge };
                for (var c = 0; c < definition.Criteria.Count && c < card.Scores.Length; c++)
                {
                    judge.Scores.Add(new CriterionScore { Key = definition.Criteria[c].Key, Score = card.Scores[c].ToString(CultureInfo.InvariantCulture) });
                }

                stage.JudgeScores.Add(judge);
            }

            rating.Stages.Add(stage);
        }

        return Task.FromResult(rating);
    }
}
