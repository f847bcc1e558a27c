namespace Showcase.Evaluations.Pages.Admin.Rounds;

/// <summary>One criterion as the stage form posts it; a row without a key is left out (that is how a criterion is removed).</summary>
public sealed class CriterionRow
{
    public string? Key { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public decimal? Max { get; set; }

    public decimal? Weight { get; set; }

    public decimal? Step { get; set; }

    public int? TieBreak { get; set; }
}
