using System.Globalization;

namespace Nrn;

/// <summary>The exact decimal expansion of a non-negative finite double, 0.Digits x 10^PointPosition,
/// and its correct rounding (half to even on exact ties, as glibc's printf).</summary>
internal readonly record struct ExactDecimal(string Digits, int PointPosition)
{
    public bool IsZero => Digits.Length == 0;

    /// <summary>Digit <paramref name="index"/> after the leading 0. (0 beyond the stored digits).</summary>
    public char DigitAt(int index) => index >= 0 && index < Digits.Length ? Digits[index] : '0';

    public static ExactDecimal Of(double magnitude)
    {
        if (magnitude == 0) return new("", 0);
        // A double's exact expansion has at most 767 significant digits; "E" with more is exact in .NET.
        var text = magnitude.ToString("E800", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E');
        var digits = (text[0] + text[2..e]).TrimEnd('0');
        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return new(digits, exponent + 1);
    }

    /// <summary>Rounded to keep <paramref name="count"/> leading digits (count may be 0 or negative: then
    /// the value rounds to 0 or up to one unit in the place before the first digit).</summary>
    public ExactDecimal RoundAt(int count)
    {
        if (IsZero || count >= Digits.Length) return this;
        if (count < 0) return new("", 0);
        var first = Digits[count];
        var restNonZero = Digits.Length > count + 1;
        var up = first > '5' || (first == '5' && (restNonZero || (count > 0 && (Digits[count - 1] - '0') % 2 == 1)));
        var kept = Digits[..count].ToCharArray();
        if (!up) return new(new string(kept).TrimEnd('0'), kept.Length == 0 ? 0 : PointPosition);
        for (var k = kept.Length - 1; k >= 0; k--)
        {
            if (kept[k] != '9')
            {
                kept[k]++;
                return new(new string(kept, 0, k + 1), PointPosition);
            }
        }
        return new("1", PointPosition + 1);
    }
}
