namespace Showcase.Abstractions.Navigation;

/// <summary>One line of a dashboard card: a link, with a count beside it when it stands for several things.</summary>
public sealed record DashboardLine(string Text, string Url, int? Count = null, string? Note = null);
