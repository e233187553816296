using System.Text;

namespace Nrn.CLib;

/// <summary>
/// C's printf formatting, reproducing glibc's output for the conversions d i u o x X c s f F e E g G %
/// with the flags - + space # 0, widths, precisions (also given as *) and the length modifiers hh h l ll z.
/// </summary>
public static class CFormat
{
    public static string Format(string format, ReadOnlySpan<CFormatArgument> arguments)
    {
        var output = new StringBuilder(format.Length + 16);
        var next = 0;
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i++];
            if (c != '%')
            {
                output.Append(c);
                continue;
            }
            var spec = CFormatSpec.Parse(format, ref i);
            if (spec is null)
            {
                throw new FormatException($"malformed printf conversion at position {i} of \"{format}\"");
            }
            if (spec.Conversion == '%')
            {
                output.Append('%');
                continue;
            }
            var width = spec.Width;
            var leftAlign = spec.LeftAlign;
            if (spec.WidthFromArgument)
            {
                width = (int)Take(arguments, ref next, format).Integer;
                if (width < 0)
                {
                    leftAlign = true;
                    width = -width;
                }
            }
            var precision = spec.Precision;
            if (spec.PrecisionFromArgument)
            {
                precision = (int)Take(arguments, ref next, format).Integer;
                if (precision < 0)
                {
                    precision = null;
                }
            }
            var argument = Take(arguments, ref next, format);
            var (sign, body, zeroPaddable) = Convert(spec with { Precision = precision }, argument);
            Pad(output, sign, body, width, leftAlign, spec.ZeroPad && zeroPaddable);
        }
        return output.ToString();
    }

    private static CFormatArgument Take(ReadOnlySpan<CFormatArgument> arguments, ref int next, string format)
    {
        if (next >= arguments.Length)
        {
            throw new FormatException($"printf format \"{format}\" needs more than {arguments.Length} arguments");
        }
        return arguments[next++];
    }

    private static void Pad(StringBuilder output, string sign, string body, int width, bool leftAlign, bool zeroPad)
    {
        var padding = Math.Max(0, width - sign.Length - body.Length);
        if (leftAlign)
        {
            output.Append(sign).Append(body).Append(' ', padding);
        }
        else if (zeroPad)
        {
            output.Append(sign).Append('0', padding).Append(body);
        }
        else
        {
            output.Append(' ', padding).Append(sign).Append(body);
        }
    }

    /// <summary>The sign or prefix, the digits, and whether '0' padding applies.</summary>
    private static (string Sign, string Body, bool ZeroPaddable) Convert(CFormatSpec spec, CFormatArgument argument)
    {
        switch (spec.Conversion)
        {
            case 'c':
                return ("", ((char)(byte)argument.Integer).ToString(), false);
            case 's':
                var text = argument.Text ?? "(null)";
                return ("", spec.Precision is { } limit && limit < text.Length ? text[..limit] : text, false);
            case 'd' or 'i':
                return Signed(spec, Narrow(spec, argument, signed: true));
            case 'u' or 'o' or 'x' or 'X':
                return Unsigned(spec, unchecked((ulong)Narrow(spec, argument, signed: false)));
            default:
                return CRealFormat.Format(spec, argument.Kind == CFormatArgumentKind.Real ? argument.Real : argument.Integer);
        }
    }

    /// <summary>The integer as the conversion reads it: int unless a length modifier says otherwise.</summary>
    private static long Narrow(CFormatSpec spec, CFormatArgument argument, bool signed)
    {
        var bits = argument.Kind == CFormatArgumentKind.Real ? (long)argument.Real : argument.Integer;
        return (spec.Length, signed) switch
        {
            ("hh", true) => (sbyte)bits,
            ("hh", false) => (byte)bits,
            ("h", true) => (short)bits,
            ("h", false) => (ushort)bits,
            ("", true) => (int)bits,
            ("", false) => (uint)bits,
            _ => bits,
        };
    }

    private static (string, string, bool) Signed(CFormatSpec spec, long value)
    {
        var sign = value < 0 ? "-" : spec.Plus ? "+" : spec.Space ? " " : "";
        var magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        return (sign, IntegerDigits(magnitude.ToString(), spec.Precision, magnitude), spec.Precision is null);
    }

    private static (string, string, bool) Unsigned(CFormatSpec spec, ulong value)
    {
        var (digits, prefix) = spec.Conversion switch
        {
            'o' => (System.Convert.ToString(unchecked((long)value), 8), ""),
            'x' => (value.ToString("x"), spec.Alternate && value != 0 ? "0x" : ""),
            'X' => (value.ToString("X"), spec.Alternate && value != 0 ? "0X" : ""),
            _ => (value.ToString(), ""),
        };
        var body = IntegerDigits(digits, spec.Precision, value);
        if (spec.Conversion == 'o' && spec.Alternate && !body.StartsWith('0'))
        {
            body = "0" + body;
        }
        return (prefix, body, spec.Precision is null);
    }

    private static string IntegerDigits(string digits, int? precision, ulong value)
    {
        if (precision is not { } minimum)
        {
            return digits;
        }
        if (minimum == 0 && value == 0)
        {
            return "";
        }
        return digits.PadLeft(minimum, '0');
    }
}
