using System.Globalization;

namespace Showcase.Evaluations.Pages;

/// <summary>How the module's figures read on its screens.</summary>
public static class Display
{
    /// <summary>40.0 → 40, 0.50 → 0.5: the digits that matter, invariant (also what number inputs take).</summary>
    public static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal? value) => value is { } v ? Number(v) : "";

    /// <summary>A time in China Standard Time, as the city reads it.</summary>
    public static string Time(DateTimeOffset? value) => value is { } v ? v.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>For <c>datetime-local</c> inputs (China Standard Time).</summary>
    public static string LocalInput(DateTimeOffset? value) => value is { } v ? v.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : "";

    public static string Figure(double? value, string format = "0.00") => value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "—";
}
