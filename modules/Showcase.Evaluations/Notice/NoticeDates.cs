using System.Globalization;

namespace Showcase.Evaluations.Notice;

/// <summary>Dates on the public pages: in China Standard Time (UTC+8), where the rounds are held, whatever the server's zone.</summary>
public static class NoticeDates
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <param name="format">A .NET date format from the page's text (e.g. <c>yyyy年M月d日</c>).</param>
    public static string Format(DateTimeOffset at, string format) => at.ToOffset(Offset).ToString(format, CultureInfo.CurrentCulture);

    /// <summary>The machine-readable value for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
