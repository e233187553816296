using System.Globalization;
using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>C literals in C# spelling: suffixes, octal, floating forms C# does not accept, escapes.</summary>
internal sealed partial class ExpressionTranslator
{
    private static Translated IntegerLiteral(CIntegerLiteral literal)
    {
        var text = literal.Token.Text.TrimEnd('u', 'U', 'l', 'L');
        if (!text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            text = literal.Value.ToString(CultureInfo.InvariantCulture);
        }
        var suffix = CSharpTypes.Name(literal.Type) switch
        {
            "uint" => "u",
            "long" => "L",
            "ulong" => "UL",
            _ => "",
        };
        return new Translated(text + suffix, literal.Type, Translated.Primary);
    }

    private static Translated FloatLiteral(CFloatLiteral literal)
    {
        var text = literal.Text;
        if (text.StartsWith('.'))
        {
            text = "0" + text;
        }
        text = text.Replace(".e", ".0e").Replace(".E", ".0E");
        if (text.EndsWith('.'))
        {
            text += "0";
        }
        return new Translated(text + (literal.Type == CType.Float ? "f" : ""), literal.Type, Translated.Primary);
    }

    private static Translated CharLiteral(CCharLiteral literal)
    {
        var value = literal.Value;
        var code = value is >= 32 and < 127 && value != '\'' && value != '\\'
            ? $"'{(char)value}'"
            : value.ToString(CultureInfo.InvariantCulture);
        return new Translated(code, CType.Int, Translated.Primary);
    }

    public static string StringLiteral(string value)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                '\0' => "\\0",
                < ' ' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
