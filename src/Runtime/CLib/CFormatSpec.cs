namespace Nrn.CLib;

/// <summary>One parsed printf conversion specification (what follows a '%').</summary>
public sealed record CFormatSpec(
    bool LeftAlign, bool Plus, bool Space, bool Alternate, bool ZeroPad,
    int Width, bool WidthFromArgument, int? Precision, bool PrecisionFromArgument, string Length, char Conversion)
{
    private const string Conversions = "diuoxXcsfFeEgG%";

    /// <summary>Reads a specification starting after its '%'; null when it is malformed or unsupported.</summary>
    public static CFormatSpec? Parse(string format, ref int position)
    {
        bool left = false, plus = false, space = false, alternate = false, zero = false;
        while (position < format.Length && "-+ #0".Contains(format[position]))
        {
            switch (format[position++])
            {
                case '-': left = true; break;
                case '+': plus = true; break;
                case ' ': space = true; break;
                case '#': alternate = true; break;
                default: zero = true; break;
            }
        }
        var width = 0;
        var widthFromArgument = false;
        if (position < format.Length && format[position] == '*')
        {
            widthFromArgument = true;
            position++;
        }
        else
        {
            width = ReadNumber(format, ref position);
        }
        int? precision = null;
        var precisionFromArgument = false;
        if (position < format.Length && format[position] == '.')
        {
            position++;
            if (position < format.Length && format[position] == '*')
            {
                precisionFromArgument = true;
                position++;
            }
            else
            {
                precision = ReadNumber(format, ref position);
            }
        }
        var lengthStart = position;
        while (position < format.Length && "hlLzjt".Contains(format[position]))
        {
            position++;
        }
        var length = format[lengthStart..position] switch
        {
            "hh" => "hh",
            "h" => "h",
            "" => "",
            "l" or "ll" or "L" or "z" or "j" or "t" => "l",
            _ => null,
        };
        if (length is null || position >= format.Length || !Conversions.Contains(format[position]))
        {
            return null;
        }
        var conversion = format[position++];
        return new CFormatSpec(left, plus, space, alternate, zero && !left, width, widthFromArgument, precision,
            precisionFromArgument, length, conversion);
    }

    private static int ReadNumber(string format, ref int position)
    {
        var value = 0;
        while (position < format.Length && char.IsAsciiDigit(format[position]))
        {
            value = checked(value * 10 + (format[position++] - '0'));
        }
        return value;
    }
}
