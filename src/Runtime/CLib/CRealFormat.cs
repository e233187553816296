using System.Numerics;

namespace Nrn.CLib;

/// <summary>
/// The %f %e %g conversions from the exact decimal value of the double, rounded half to even as glibc
/// does in the default rounding mode (so 0.125 with "%.2f" gives 0.12 and 2.5 with "%.0f" gives 2).
/// </summary>
internal static class CRealFormat
{
    public static (string Sign, string Body, bool ZeroPaddable) Format(CFormatSpec spec, double value)
    {
        var negative = double.IsNegative(value);
        var sign = negative ? "-" : spec.Plus ? "+" : spec.Space ? " " : "";
        var upper = char.IsUpper(spec.Conversion);
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            var word = double.IsNaN(value) ? "nan" : "inf";
            return (sign, upper ? word.ToUpperInvariant() : word, false);
        }
        var magnitude = Math.Abs(value);
        var precision = spec.Precision ?? 6;
        var body = char.ToLowerInvariant(spec.Conversion) switch
        {
            'f' => Fixed(magnitude, precision, spec.Alternate),
            'e' => Scientific(magnitude, precision, spec.Alternate, upper),
            _ => General(magnitude, precision, spec.Alternate, upper),
        };
        return (sign, body, true);
    }

    private static string Fixed(double magnitude, int precision, bool alternate)
    {
        var (digits, exponent) = Exact(magnitude);
        var scaled = Scale(digits, exponent + precision);
        var text = scaled.ToString().PadLeft(precision + 1, '0');
        var integerPart = text[..^precision];
        var fraction = text[^precision..];
        return precision == 0 ? integerPart + (alternate ? "." : "") : integerPart + "." + fraction;
    }

    private static string Scientific(double magnitude, int precision, bool alternate, bool upper)
    {
        var (mantissa, exponent) = Significant(magnitude, precision + 1);
        var text = mantissa.IsZero ? new string('0', precision + 1) : mantissa.ToString();
        var body = precision == 0 ? text + (alternate ? "." : "") : text[..1] + "." + text[1..];
        return body + (upper ? "E" : "e") + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00");
    }

    private static string General(double magnitude, int precision, bool alternate, bool upper)
    {
        var significant = precision == 0 ? 1 : precision;
        var (_, exponent) = Significant(magnitude, significant);
        string body;
        if (exponent < significant && exponent >= -4)
        {
            body = Fixed(magnitude, significant - 1 - exponent, alternate);
            return alternate ? body : TrimFraction(body);
        }
        if (alternate)
        {
            // glibc picks the digits after the point from the exponent before rounding: 999999.5 with "%#g" prints 1.e+06.
            var before = ExponentOf(magnitude);
            var digits = before < significant && before >= -4 ? significant - 1 - before : significant - 1;
            return Scientific(magnitude, digits, alternate, upper);
        }
        body = Scientific(magnitude, significant - 1, alternate, upper);
        var e = body.IndexOf(upper ? 'E' : 'e');
        return TrimFraction(body[..e]) + body[e..];
    }

    private static string TrimFraction(string text) =>
        text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;

    /// <summary>The decimal exponent of the first significant digit of the exact value.</summary>
    private static int ExponentOf(double magnitude)
    {
        if (magnitude == 0)
        {
            return 0;
        }
        var (digits, exponent) = Exact(magnitude);
        return digits.ToString().Length - 1 + exponent;
    }

    /// <summary>The value rounded to <paramref name="count"/> significant digits, as an integer of exactly that many
    /// digits, and the decimal exponent of its first digit.</summary>
    private static (BigInteger Mantissa, int Exponent) Significant(double magnitude, int count)
    {
        if (magnitude == 0)
        {
            return (BigInteger.Zero, 0);
        }
        var (digits, exponent) = Exact(magnitude);
        var length = digits.ToString().Length;
        var leading = length - 1 + exponent;
        var mantissa = Scale(digits, count - length);
        if (mantissa.ToString().Length > count)
        {
            mantissa /= 10;
            leading++;
        }
        return (mantissa, leading);
    }

    /// <summary>digits * 10^shift rounded half to even to an integer.</summary>
    private static BigInteger Scale(BigInteger digits, int shift)
    {
        if (shift >= 0)
        {
            return digits * BigInteger.Pow(10, shift);
        }
        var divisor = BigInteger.Pow(10, -shift);
        var quotient = BigInteger.DivRem(digits, divisor, out var remainder);
        var twice = remainder * 2;
        if (twice > divisor || (twice == divisor && !quotient.IsEven))
        {
            quotient += 1;
        }
        return quotient;
    }

    /// <summary>The exact value of a finite non-negative double as digits * 10^exponent.</summary>
    private static (BigInteger Digits, int Exponent) Exact(double magnitude)
    {
        var bits = BitConverter.DoubleToInt64Bits(magnitude);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        var mantissa = biased == 0 ? fraction : fraction | (1L << 52);
        var binaryExponent = (biased == 0 ? 1 : biased) - 1075;
        if (mantissa == 0)
        {
            return (BigInteger.Zero, 0);
        }
        if (binaryExponent >= 0)
        {
            return (new BigInteger(mantissa) << binaryExponent, 0);
        }
        return (new BigInteger(mantissa) * BigInteger.Pow(5, -binaryExponent), binaryExponent);
    }
}
