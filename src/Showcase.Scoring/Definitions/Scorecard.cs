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
    /// <exception cref="ScorecardRejectedException">Every criterion without a score and every score that names no criterion of the stage.</exception>
    public static Scorecard FromNamedScores(StageDefinition stage, string judge, string entry, IReadOnlyDictionary<string, decimal> scores, long revision = 0, bool isDraft = false)
    {
        var ordered = ImmutableArray.CreateBuilder<decimal>(stage.Criteria.Count);
        List<ScorecardFinding>? problems = null;
        foreach (var criterion in stage.Criteria)
        {
            if (!scores.TryGetValue(criterion.Key, out var score))
            {
                (problems ??= []).Add(ScorecardRejectedException.MissingCriterion(criterion));
                continue;
            }

            ordered.Add(score);
        }

        foreach (var (key, score) in scores)
        {
            if (!stage.Criteria.Any(c => c.Key == key))
            {
                (problems ??= []).Add(new ScorecardFinding(
                    ScorecardProblem.UnknownCriterion, ScorecardFinding.CriterionPath(key), key, score.ToInvariantString(),
                    "the criteria of stage '" + stage.Key + "': " + string.Join(", ", stage.Criteria.Select(c => c.Key))));
            }
        }

        if (problems is not null)
        {
            throw new ScorecardRejectedException(stage.Key, judge, entry, problems);
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
