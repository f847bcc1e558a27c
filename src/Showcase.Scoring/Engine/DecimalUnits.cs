namespace Showcase.Scoring;

/// <summary>Decimals as whole numbers of 10^-scale units, so that sums and comparisons of scores are exact integer work.</summary>
internal static class DecimalUnits
{
    public static readonly long[] PowersOfTen =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    /// <summary>The number of decimals the value needs (trailing zeros do not count): 0.50 → 1, 40 → 0.</summary>
    public static int SignificantScale(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissa = new UInt128((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return scale;
    }

    /// <summary>value · 10^scale when that is a whole number that fits a long.</summary>
    public static bool TryToUnits(decimal value, int scale, out long units)
    {
        units = 0;
        if (scale < 0 || scale >= PowersOfTen.Length)
        {
            return false;
        }

        try
        {
            var scaled = value * PowersOfTen[scale];
            if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue || scaled < long.MinValue)
            {
                return false;
            }

            units = (long)scaled;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
