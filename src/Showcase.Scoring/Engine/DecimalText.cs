using System.Globalization;

namespace Showcase.Scoring;

/// <summary>Decimals as the export writes them: invariant culture, every digit the value carries ("36.5", "90.00").</summary>
internal static class DecimalText
{
    public static string ToInvariantString(this decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal ParseInvariant(string text) => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
