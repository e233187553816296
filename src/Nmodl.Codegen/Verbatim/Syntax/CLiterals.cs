using System.Globalization;
using System.Text;

namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>Reads the values of C literals: integer suffixes and bases, escapes in strings and characters.</summary>
internal static class CLiterals
{
    /// <summary>The value and C type of an integer literal (int, long or unsigned by suffix and size, as C99 says).</summary>
    public static bool TryParseInteger(string text, out ulong value, out CType type)
    {
        var digits = text.TrimEnd('u', 'U', 'l', 'L');
        var suffix = text[digits.Length..].ToLowerInvariant();
        type = CType.Int;
        var isDecimal = !(digits.Length > 1 && digits[0] == '0');
        bool parsed;
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            parsed = ulong.TryParse(digits.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }
        else if (!isDecimal)
        {
            parsed = digits.All(c => c is >= '0' and <= '7');
            value = parsed ? Convert.ToUInt64(digits, 8) : 0;
        }
        else
        {
            parsed = ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }
        if (!parsed || suffix.Replace("u", "").Replace("l", "").Length > 0)
        {
            return false;
        }
        var unsigned = suffix.Contains('u');
        var isLong = suffix.Contains('l');
        if (!isLong && !unsigned && value <= int.MaxValue)
        {
            type = CType.Int;
        }
        else if (!isLong && (unsigned || !isDecimal) && value <= uint.MaxValue)
        {
            type = new CType(CScalar.UnsignedInt);
        }
        else if (!unsigned && value <= long.MaxValue)
        {
            type = CType.Long;
        }
        else
        {
            type = CType.UnsignedLong;
        }
        return true;
    }

    /// <summary>The characters of a quoted C literal (quotes included in <paramref name="quoted"/>) with escapes resolved.</summary>
    public static bool TryUnescape(string quoted, out string value)
    {
        var builder = new StringBuilder();
        var body = quoted[1..^1];
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\')
            {
                builder.Append(body[i]);
                continue;
            }
            if (++i >= body.Length)
            {
                value = "";
                return false;
            }
            var c = body[i];
            switch (c)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'a': builder.Append('\a'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'v': builder.Append('\v'); break;
                case '\\' or '\'' or '"' or '?': builder.Append(c); break;
                case 'x':
                    var hexStart = i + 1;
                    while (i + 1 < body.Length && Uri.IsHexDigit(body[i + 1]))
                    {
                        i++;
                    }
                    if (hexStart > i)
                    {
                        value = "";
                        return false;
                    }
                    builder.Append((char)Convert.ToInt32(body[hexStart..(i + 1)], 16));
                    break;
                case >= '0' and <= '7':
                    var octalStart = i;
                    while (i + 1 < body.Length && i - octalStart < 2 && body[i + 1] is >= '0' and <= '7')
                    {
                        i++;
                    }
                    builder.Append((char)Convert.ToInt32(body[octalStart..(i + 1)], 8));
                    break;
                default:
                    value = "";
                    return false;
            }
        }
        value = builder.ToString();
        return true;
    }
}
