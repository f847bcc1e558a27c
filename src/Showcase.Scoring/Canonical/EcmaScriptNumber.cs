using System.Globalization;
using System.Text;

namespace Showcase.Scoring.Canonical;

/// <summary>
/// A double written as ECMAScript's Number.prototype.toString writes it (ECMA-262, Number::toString), which is what
/// RFC 8785 prescribes: the shortest digits that read back to the same double, in plain notation for
/// 10^-7 &lt; |x| &lt; 10^21 and in exponent notation ("1e+21", "5e-324") outside it; −0 is "0".
/// </summary>
public static class EcmaScriptNumber
{
    /// <exception cref="ArgumentOutOfRangeException">NaN and the infinities have no JSON form.</exception>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no NaN or Infinity.");
        }

        if (value == 0)
        {
            return "0";
        }

        // .NET's "R" gives the shortest round-trip digits; only the layout differs from ECMAScript's.
        var (digits, exponent) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        var n = exponent + 1; // value = 0.d1d2...dk × 10^n
        var text = new StringBuilder(32);
        if (value < 0)
        {
            text.Append('-');
        }

        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }

            text.Append('e').Append(n - 1 >= 0 ? '+' : '-').Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The shortest round-trip significant digits (no trailing zeros) and the decimal exponent of the first one.</summary>
    private static (string Digits, int Exponent) ShortestDigits(double magnitude)
    {
        var roundTrip = magnitude.ToString("R", CultureInfo.InvariantCulture); // e.g. "1E+21", "1.5E-07", "123.456"
        var exponentAt = roundTrip.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? "" : mantissa[(point + 1)..];
        var all = integerPart + fraction;
        var leadingZeros = 0;
        while (leadingZeros < all.Length - 1 && all[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        // The first significant digit sits at 10^(integerPart.Length - 1 - leadingZeros + exponent).
        var firstExponent = integerPart.Length - 1 - leadingZeros + exponent;
        var digits = all[leadingZeros..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, firstExponent);
    }
}
