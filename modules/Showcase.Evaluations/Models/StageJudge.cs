namespace Showcase.Evaluations.Models;

/// <summary>A judge listed for a stage (a member of its panel pool), by user name.</summary>
public sealed class StageJudge
{
    public int Id { get; set; }

    public int StageId { get; set; }

    public string Judge { get; set; } = "";
}
