using System.Globalization;

namespace Showcase.Brands.Pages;

/// <summary>How numbers read on the pages.</summary>
public static class Display
{
    /// <summary>24000 → 24,000; 72.3 → 72.3.</summary>
    public static string Number(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
