using System.Globalization;

namespace Nrn.Hoc;

/// <summary>Splits HOC text into tokens: numbers (<c>1</c>, <c>.5</c>, <c>1e-3</c>), names, strings,
/// operators and line ends; <c>//</c> and <c>/* */</c> comments are skipped (a block comment's line
/// breaks end no statement).</summary>
internal static class HocLexer
{
    private static readonly string[] TwoCharSymbols = ["==", "!=", "<=", ">=", "&&", "||"];

    public static List<HocToken> Tokenize(string text, string file)
    {
        var tokens = new List<HocToken>();
        var (i, line, column) = (0, 1, 1);
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                tokens.Add(new HocToken(HocTokenKind.NewLine, "\n", 0, line, column));
                (i, line, column) = (i + 1, line + 1, 1);
            }
            else if (char.IsWhiteSpace(c))
            {
                (i, column) = (i + 1, column + 1);
            }
            else if (c == '/' && At(text, i + 1) == '/')
            {
                while (i < text.Length && text[i] != '\n') (i, column) = (i + 1, column + 1);
            }
            else if (c == '/' && At(text, i + 1) == '*')
            {
                var (startLine, startColumn) = (line, column);
                (i, column) = (i + 2, column + 2);
                while (i < text.Length && !(text[i] == '*' && At(text, i + 1) == '/'))
                {
                    if (text[i] == '\n') (line, column) = (line + 1, 0);
                    (i, column) = (i + 1, column + 1);
                }
                if (i >= text.Length) throw new HocException(file, startLine, startColumn, "comment '/*' is never closed by '*/'");
                (i, column) = (i + 2, column + 2);
            }
            else if (char.IsDigit(c) || (c == '.' && char.IsDigit(At(text, i + 1))))
            {
                var end = NumberEnd(text, i);
                var literal = text[i..end];
                tokens.Add(new HocToken(HocTokenKind.Number, literal, double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture), line, column));
                (i, column) = (end, column + end - i);
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var end = i;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) end++;
                tokens.Add(new HocToken(HocTokenKind.Name, text[i..end], 0, line, column));
                (i, column) = (end, column + end - i);
            }
            else if (c == '"')
            {
                var end = text.IndexOfAny(['"', '\n'], i + 1);
                if (end < 0 || text[end] != '"') throw new HocException(file, line, column, "string is not closed on its line");
                tokens.Add(new HocToken(HocTokenKind.String, text[(i + 1)..end], 0, line, column));
                (i, column) = (end + 1, column + end + 1 - i);
            }
            else
            {
                var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
                var symbol = TwoCharSymbols.Contains(two) ? two : c.ToString();
                if (symbol.Length == 1 && !"+-*/^%()[]{},;=<>!.:".Contains(c))
                    throw new HocException(file, line, column, $"unexpected character '{c}'");
                tokens.Add(new HocToken(HocTokenKind.Symbol, symbol, 0, line, column));
                (i, column) = (i + symbol.Length, column + symbol.Length);
            }
        }
        tokens.Add(new HocToken(HocTokenKind.End, "", 0, line, column));
        return tokens;
    }

    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';

    private static int NumberEnd(string text, int i)
    {
        while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.')) i++;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < text.Length && text[j] is '+' or '-') j++;
            if (j < text.Length && char.IsDigit(text[j]))
            {
                while (j < text.Length && char.IsDigit(text[j])) j++;
                return j;
            }
        }
        return i;
    }
}
