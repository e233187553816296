using System.Globalization;
using System.Text;

namespace Nmodl.Parser.Units;

/// <summary>
/// Reads the optional number that starts a unit expression the way NEURON 8.2 does with its
/// modern units: the exponent follows the mantissa without an 'e' ("1.602176634-19" is
/// 1.602176634e-19), "a|b" is a/b, and a missing or zero number means 1 to the caller. The text
/// is converted like C's atof, correctly rounded, so constants come out bit for bit as NEURON's.
/// </summary>
internal static class UnitNumber
{
    /// <summary>Reads from <paramref name="position"/> and leaves it on the first character after the number.</summary>
    public static double Read(string text, ref int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        var literal = new StringBuilder();
        while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
        {
            literal.Append(text[position]);
            position++;
        }
        if (position < text.Length && text[position] is '+' or '-')
        {
            literal.Append('e').Append(text[position]);
            position++;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                literal.Append(text[position]);
                position++;
            }
        }

        var value = ParseLongestPrefix(literal.ToString());
        if (position < text.Length && text[position] == '|')
        {
            position++;
            return value / Read(text, ref position);
        }
        return value;
    }

    /// <summary>
    /// atof's reading of digits, dots and an exponent: only the longest prefix that is a number
    /// counts ("1.2.3" is 1.2, "2e-" is 2), and no number at all is 0. A nonzero number that
    /// underflows to 0 is NaN (NEURON would silently read it as 1), which the caller reports.
    /// </summary>
    private static double ParseLongestPrefix(string literal)
    {
        var secondDot = literal.IndexOf('.', literal.IndexOf('.') + 1);
        var mantissaEnd = literal.IndexOf('e');
        if (secondDot > 0 && (mantissaEnd < 0 || secondDot < mantissaEnd))
        {
            literal = literal[..secondDot];
            mantissaEnd = -1;
        }
        var mantissa = mantissaEnd < 0 ? literal : literal[..mantissaEnd];
        if (!mantissa.Any(char.IsAsciiDigit))
        {
            return 0.0;
        }
        var exponentDigits = mantissaEnd < 0 ? "" : literal[(mantissaEnd + 2)..];
        var number = exponentDigits.Length == 0 ? mantissa : literal;
        var parsed = double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
        var underflows = value == 0.0 && mantissa.Any(c => c is >= '1' and <= '9');
        return parsed && !underflows ? value : double.NaN;
    }
}
