using System.Collections.Immutable;

namespace Showcase.Scoring;

/// <summary>
/// One judge's scores for one entry in one stage, one score per criterion in the stage's criterion order, as entered
/// (<c>36.5m</c> stays "36.5" in the export). Of several scorecards for the same judge, entry and stage the highest
/// <see cref="Revision"/> counts (an amendment); drafts never count.
/// </summary>
public sealed record Scorecard(string Stage, string Judge, string Entry, ImmutableArray<decimal> Scores, long Revision = 0, bool IsDraft = false)
{
    /// <summary>Builds a scorecard from scores named by criterion key, in the stage's criterion order.</summary>
    /// <exception cref="ScorecardRejectedException">A criterion has no score, or a score names no criterion of the stage.</exception>
    public static Scorecard FromNamedScores(StageDefinition stage, string judge, string entry, IReadOnlyDictionary<string, decimal> scores, long revision = 0, bool isDraft = false)
    {
        var ordered = ImmutableArray.CreateBuilder<decimal>(stage.Criteria.Count);
        foreach (var criterion in stage.Criteria)
        {
            if (!scores.TryGetValue(criterion.Key, out var score))
            {
                throw ScorecardRejectedException.MissingCriterion(stage.Key, judge, entry, criterion);
            }

            ordered.Add(score);
        }

        foreach (var key in scores.Keys)
        {
            if (!stage.Criteria.Any(c => c.Key == key))
            {
                throw new ScorecardRejectedException(
                    ScorecardProblem.UnknownCriterion, stage.Key, judge, entry, key, scores[key].ToInvariantString(),
                    "the criteria of stage '" + stage.Key + "': " + string.Join(", ", stage.Criteria.Select(c => c.Key)));
            }
        }

        return new Scorecard(stage.Key, judge, entry, ordered.MoveToImmutable(), revision, isDraft);
    }

    /// <summary>The score of a criterion, by key.</summary>
    public decimal ScoreOf(StageDefinition stage, string criterionKey)
    {
        for (var c = 0; c < stage.Criteria.Count; c++)
        {
            if (stage.Criteria[c].Key == criterionKey)
            {
                return Scores[c];
            }
        }

        throw new ArgumentException($"Stage '{stage.Key}' has no criterion '{criterionKey}'.", nameof(criterionKey));
    }
}
