namespace Showcase.Scoring;

/// <summary>One criterion of a stage: a judge gives it a score 0 ≤ x ≤ <see cref="Max"/>, a whole multiple of <see cref="Step"/>.</summary>
/// <param name="Key">Stable key, e.g. <c>innovation</c>; a scorecard names its scores by it.</param>
/// <param name="Max">M_c &gt; 0.</param>
/// <param name="Weight">w_c &gt; 0; the judge total is Σ w_c · x_c.</param>
/// <param name="Step">Every score is a whole multiple of it.</param>
/// <param name="TieBreak">Priority among the tie-break criteria (1 = first); null when the criterion breaks no ties.</param>
public sealed record Criterion(string Key, string Title, decimal Max, decimal Weight = 1m, decimal Step = 0.5m, int? TieBreak = null);
