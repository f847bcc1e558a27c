namespace Showcase.Scoring;

/// <summary>An entry's result in one stage it took part in.</summary>
/// <param name="Score">F_is with two decimals, or null when the panel was too small.</param>
/// <param name="JudgeCount">n_i: the judges on its panel in this stage.</param>
/// <param name="Rank">The competition rank in the stage's own ranking; 0 when unranked.</param>
public sealed record StageScore(string Stage, decimal? Score, int JudgeCount, int Rank)
{
    public string ScoreText => Score?.ToInvariantString() ?? "";
}
