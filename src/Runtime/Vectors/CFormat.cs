using System.Globalization;
using System.Text;

namespace Nrn;

/// <summary>C's printf for one double, as glibc prints it (what NEURON's <c>vec.printf</c> gives):
/// literal text with at most one conversion <c>%[-+ 0#][width][.precision][l](f|F|e|E|g|G)</c> and <c>%%</c>.
/// Rounding is exact: ties of the exact binary value go to the even digit.</summary>
internal sealed class CFormat
{
    private readonly string _prefix;
    private readonly string _suffix;
    private readonly Conversion? _conversion;

    private sealed record Conversion(bool Left, bool Plus, bool Space, bool Zero, bool Alternate, int Width, int Precision, char Kind);

    private CFormat(string prefix, Conversion? conversion, string suffix)
    {
        _prefix = prefix;
        _conversion = conversion;
        _suffix = suffix;
    }

    /// <summary>Parses <paramref name="format"/>; a format C could not apply to a double is refused, naming the place.</summary>
    public static CFormat Parse(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var prefix = new StringBuilder();
        var suffix = new StringBuilder();
        Conversion? conversion = null;
        for (var i = 0; i < format.Length; i++)
        {
            var text = conversion is null ? prefix : suffix;
            if (format[i] != '%')
            {
                text.Append(format[i]);
                continue;
            }
            if (i + 1 < format.Length && format[i + 1] == '%')
            {
                text.Append('%');
                i++;
                continue;
            }
            if (conversion is not null) throw Refuse(format, i, "has a second conversion; a Vector's elements are printed one at a time");
            conversion = ParseConversion(format, ref i);
        }
        return new CFormat(prefix.ToString(), conversion, suffix.ToString());
    }

    private static Conversion ParseConversion(string format, ref int i)
    {
        var start = i++;
        bool left = false, plus = false, space = false, zero = false, alternate = false;
        for (; i < format.Length && "-+ 0#".Contains(format[i]); i++)
        {
            switch (format[i])
            {
                case '-': left = true; break;
                case '+': plus = true; break;
                case ' ': space = true; break;
                case '0': zero = true; break;
                default: alternate = true; break;
            }
        }
        var width = Number(format, ref i);
        var precision = -1;
        if (i < format.Length && format[i] == '.')
        {
            i++;
            precision = Number(format, ref i);
            if (precision < 0) precision = 0;
        }
        if (i < format.Length && format[i] == 'l') i++; // C ignores 'l' before a double conversion ("%lf")
        if (i >= format.Length) throw Refuse(format, start, "ends inside a conversion");
        var kind = format[i];
        if ("fFeEgG".IndexOf(kind) < 0)
            throw Refuse(format, i, $"converts with '{kind}'; a Vector holds doubles, printed with f, e or g");
        return new Conversion(left, plus, space, zero, alternate, Math.Max(width, 0), precision < 0 ? 6 : precision, kind);
    }

    private static int Number(string format, ref int i)
    {
        var start = i;
        while (i < format.Length && char.IsAsciiDigit(format[i])) i++;
        if (i - start > 4) throw Refuse(format, start, "has a width or precision beyond 9999");
        return i == start ? -1 : int.Parse(format.AsSpan(start, i - start), CultureInfo.InvariantCulture);
    }

    private static ArgumentException Refuse(string format, int position, string problem) =>
        new($"printf format \"{format}\" {problem} (at character {position + 1})", nameof(format));

    public void Append(StringBuilder output, double value)
    {
        output.Append(_prefix);
        if (_conversion is { } c) output.Append(Pad(c, Sign(c, value), Body(c, Math.Abs(value))));
        output.Append(_suffix);
    }

    private static string Sign(Conversion c, double value) =>
        double.IsNegative(value) ? "-" : c.Plus ? "+" : c.Space ? " " : "";

    private static string Pad(Conversion c, string sign, string body)
    {
        var length = sign.Length + body.Length;
        if (length >= c.Width) return sign + body;
        var fill = c.Width - length;
        if (c.Left) return sign + body + new string(' ', fill);
        return c.Zero && char.IsAsciiDigit(body[0]) ? sign + new string('0', fill) + body : new string(' ', fill) + sign + body;
    }

    private static string Body(Conversion c, double magnitude)
    {
        var upper = char.IsUpper(c.Kind);
        if (double.IsNaN(magnitude)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(magnitude)) return upper ? "INF" : "inf";
        var exact = ExactDecimal.Of(magnitude);
        var text = char.ToLowerInvariant(c.Kind) switch
        {
            'f' => Fixed(exact, c.Precision, c.Alternate),
            'e' => Scientific(exact, c.Precision, c.Alternate),
            _ => General(exact, c.Precision == 0 ? 1 : c.Precision, c.Alternate),
        };
        return upper ? text.ToUpperInvariant() : text;
    }

    private static string Fixed(ExactDecimal x, int precision, bool alternate)
    {
        var r = x.RoundAt(x.PointPosition + precision);
        var whole = r.PointPosition > 0 ? r.Digits.PadRight(r.PointPosition, '0')[..r.PointPosition] : "0";
        var fraction = new StringBuilder();
        for (var k = 0; k < precision; k++) fraction.Append(r.DigitAt(r.PointPosition + k));
        return precision > 0 || alternate ? $"{whole}.{fraction}" : whole;
    }

    private static string Scientific(ExactDecimal x, int precision, bool alternate)
    {
        var r = x.RoundAt(precision + 1);
        var mantissa = new StringBuilder().Append(r.DigitAt(0));
        if (precision > 0 || alternate) mantissa.Append('.');
        for (var k = 1; k <= precision; k++) mantissa.Append(r.DigitAt(k));
        var exponent = r.IsZero ? 0 : r.PointPosition - 1;
        return $"{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}";
    }

    private static string General(ExactDecimal x, int precision, bool alternate)
    {
        var r = x.RoundAt(precision);
        var exponent = r.IsZero ? 0 : r.PointPosition - 1;
        var text = exponent < precision && exponent >= -4
            ? Fixed(x, precision - 1 - exponent, alternate)
            : Scientific(x, precision - 1, alternate);
        if (alternate) return text;
        var e = text.IndexOf('e');
        var number = e < 0 ? text : text[..e];
        if (number.Contains('.')) number = number.TrimEnd('0').TrimEnd('.');
        return e < 0 ? number : number + text[e..];
    }
}
