using System.Globalization;

namespace Nrn;

/// <summary>Numbers as Python writes them (<c>repr(float)</c>, what its csv and json modules write):
/// the shortest digits that read back to the same double, in fixed notation when the decimal point
/// falls within 16 digits and no more than 4 zeros lead, otherwise as <c>1e-05</c> or <c>1.5e+16</c>;
/// integers keep <c>.0</c>.</summary>
internal static class PythonFloat
{
    /// <summary><c>repr(x)</c>; NaN and infinities as <c>nan</c>, <c>inf</c>, <c>-inf</c> (csv).</summary>
    public static string Repr(double x) =>
        double.IsNaN(x) ? "nan" : double.IsInfinity(x) ? (x > 0 ? "inf" : "-inf") : Finite(x);

    /// <summary>As Python's json module: NaN and infinities as <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>.</summary>
    public static string Json(double x) =>
        double.IsNaN(x) ? "NaN" : double.IsInfinity(x) ? (x > 0 ? "Infinity" : "-Infinity") : Finite(x);

    private static string Finite(double x)
    {
        // .NET's "E16" would round; "R" is the shortest round-trip form, which we take apart.
        var shortest = Math.Abs(x).ToString("R", CultureInfo.InvariantCulture);
        var e = shortest.IndexOf('E');
        var mantissa = e < 0 ? shortest : shortest[..e];
        var exponent = e < 0 ? 0 : int.Parse(shortest.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var decimalPoint = (point < 0 ? mantissa.Length : point) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        decimalPoint -= leadingZeros;
        var sign = double.IsNegative(x) ? "-" : "";
        if (digits.Length == 0) return sign + "0.0";
        if (decimalPoint <= -4 || decimalPoint > 16)
        {
            var fraction = digits.Length > 1 ? "." + digits[1..] : "";
            var power = decimalPoint - 1;
            return $"{sign}{digits[0]}{fraction}e{(power < 0 ? '-' : '+')}{Math.Abs(power):00}";
        }
        if (decimalPoint <= 0) return $"{sign}0.{new string('0', -decimalPoint)}{digits}";
        if (decimalPoint >= digits.Length) return $"{sign}{digits}{new string('0', decimalPoint - digits.Length)}.0";
        return $"{sign}{digits[..decimalPoint]}.{digits[decimalPoint..]}";
    }

    /// <summary>Python's <c>float(text)</c>: surrounding white space, a sign, decimal or exponent
    /// notation, <c>nan</c>, <c>inf</c>, <c>infinity</c> (any case).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        text = text.Trim();
        var unsigned = text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text;
        var negative = text.Length > 0 && text[0] == '-';
        if (unsigned.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }
        if (unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase) || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (unsigned.Length == 0 || !(char.IsAsciiDigit(unsigned[0]) || unsigned[0] == '.'))
        {
            value = 0;
            return false;
        }
        return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);
    }
}
