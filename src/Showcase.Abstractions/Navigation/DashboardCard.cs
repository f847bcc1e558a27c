namespace Showcase.Abstractions.Navigation;

/// <summary>One card of the admin dashboard: a title with its total, lines that link somewhere, and what to say when there are none.</summary>
/// <param name="Total">The number the title stands for (shown beside it), or null.</param>
/// <param name="Empty">Shown instead of the lines when there are none: what to do next.</param>
/// <param name="More">A last link, e.g. to the whole filtered list.</param>
public sealed record DashboardCard(string Title, int? Total, IReadOnlyList<DashboardLine> Lines, string Empty, DashboardLine? More = null);
