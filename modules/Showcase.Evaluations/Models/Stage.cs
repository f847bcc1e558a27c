using Showcase.Scoring;

namespace Showcase.Evaluations.Models;

/// <summary>One stage of a round (初评 material review, 终评 live review) with the definitions Showcase.Scoring takes.</summary>
public sealed class Stage
{
    public int Id { get; set; }

    public int RoundId { get; set; }

    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>0, 1, ...: the order stages run in.</summary>
    public int Position { get; set; }

    public AggregationMethod Method { get; set; } = AggregationMethod.TrimmedMean;

    public int Drop { get; set; } = 1;

    public int? MinPanel { get; set; }

    public int? Advance { get; set; }

    public decimal? Weight { get; set; }

    /// <summary>The stage's own bands as JSON; they grade the round when the round lists none and this is the last stage.</summary>
    public string BandsJson { get; set; } = "[]";

    /// <summary>How judges meet entries: every judge scores every entry, or the committed seats of a balanced assignment.</summary>
    public PanelMode PanelMode { get; set; } = PanelMode.EveryJudge;

    public List<StageCriterion> Criteria { get; set; } = [];

    public List<StageJudge> Judges { get; set; } = [];
}
