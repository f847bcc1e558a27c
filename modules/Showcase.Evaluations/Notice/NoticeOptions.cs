namespace Showcase.Evaluations.Notice;

/// <summary><c>Showcase:Evaluations:Objections</c>: how many objections one client may lodge in a window.</summary>
public sealed class NoticeOptions
{
    public const string Section = "Showcase:Evaluations:Objections";

    /// <summary>Objections one client (address) may lodge per <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);
}
