namespace Showcase.Evaluations.Models;

/// <summary>A criterion judges score in a stage: a whole multiple of <see cref="Step"/> from 0 to <see cref="Max"/>.</summary>
public sealed class StageCriterion
{
    public int Id { get; set; }

    public int StageId { get; set; }

    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Shown to judges beside the score field.</summary>
    public string Description { get; set; } = "";

    public int Position { get; set; }

    public decimal Max { get; set; }

    public decimal Weight { get; set; } = 1m;

    public decimal Step { get; set; } = 0.5m;

    public int? TieBreak { get; set; }
}
