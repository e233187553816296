using System.Text;
using Nmodl.Codegen.Verbatim.Syntax;
using Nmodl.Codegen.Verbatim.Translation;

namespace Nmodl.Codegen.Verbatim;

/// <summary>
/// C split across the VERBATIM blocks of one NMODL block, around NMODL statements (NetStim's
/// <c>if (_p_donotuse) { ... } else {</c> VERBATIM, <c>erand = exprand(1)</c>, <c>}</c> VERBATIM). nocmodl
/// pastes the C of those statements between the texts, so braces, branches, loops and declarations
/// span the blocks; here the texts are joined into one C unit with a placeholder statement for each run
/// of NMODL statements, translated once, and the C# is cut again at the placeholders' markers.
/// </summary>
internal static class SplitVerbatim
{
    /// <summary>How far the braces of <paramref name="text"/> stay open (negative: it closes braces it did not open).</summary>
    public static int BraceDepth(string text, VerbatimOrigin origin)
    {
        var depth = 0;
        foreach (var token in CLexer.Tokenize(text, origin, []))
        {
            if (token.Kind != CTokenKind.Punctuator) continue;
            if (token.Text == "{") depth++;
            else if (token.Text == "}") depth--;
        }
        return depth;
    }

    /// <summary>The pieces joined into one C text that starts at the first piece's origin. Each later piece
    /// starts at its own line and column of the mod file, so located diagnostics and <c>#line</c> mapping stay
    /// exact; placeholder K stands for the NMODL statements between piece K and piece K + 1.</summary>
    public static string Join(IReadOnlyList<(string Text, VerbatimOrigin Origin)> pieces)
    {
        var joined = new StringBuilder(pieces[0].Text);
        var (line, column) = End(pieces[0].Origin.Line, pieces[0].Origin.Column, pieces[0].Text);
        for (var k = 1; k < pieces.Count; k++)
        {
            var (text, origin) = pieces[k];
            // After a '//' comment on the piece's last line the placeholder would be commented out.
            if (origin.Line > line && column > 1)
            {
                joined.Append('\n');
                (line, column) = (line + 1, 1);
            }
            var placeholder = " " + NmodlPlaceholder.CStatement(k - 1);
            joined.Append(placeholder);
            column += placeholder.Length;
            if (origin.Line > line)
            {
                joined.Append('\n', origin.Line - line);
                (line, column) = (origin.Line, 1);
            }
            joined.Append(' ', Math.Max(0, origin.Column - column)).Append(text);
            (line, column) = End(line, Math.Max(column, origin.Column), text);
        }
        return joined.ToString();
    }

    /// <summary>The C# of the joined text cut at the markers, one chunk per piece, or null when the markers do not
    /// come once each and in order. Every chunk but the first starts mapped to its piece's line and every chunk but
    /// the last ends the mapping, so that the NMODL statements in between keep their own.</summary>
    public static List<string>? Cut(string code, IReadOnlyList<int> pieceLines)
    {
        var chunks = new List<string>();
        var chunk = new StringBuilder();
        string? file = null;
        foreach (var line in code.Split('\n'))
        {
            if (line.StartsWith("#line ", StringComparison.Ordinal) && line.IndexOf('"') is var quote and > 0) file ??= line[quote..];
            if (NmodlPlaceholder.MarkerIndex(line) is not { } run)
            {
                chunk.Append(line).Append('\n');
                continue;
            }
            if (run != chunks.Count) return null;
            DropFinalDirective(chunk);
            if (file is not null) chunk.Append("#line default\n");
            chunks.Add(chunk.ToString());
            chunk.Clear();
            if (file is not null && chunks.Count < pieceLines.Count) chunk.Append($"#line {pieceLines[chunks.Count]} {file}\n");
        }
        chunks.Add(chunk.ToString().TrimEnd('\n') + "\n");
        return chunks.Count == pieceLines.Count ? chunks : null;
    }

    /// <summary>Drops the mapping the writer put before the marker, which no C# line follows.</summary>
    private static void DropFinalDirective(StringBuilder chunk)
    {
        var text = chunk.ToString();
        var start = text.LastIndexOf('\n', Math.Max(0, text.Length - 2)) + 1;
        if (text.AsSpan(start).StartsWith("#line ", StringComparison.Ordinal)) chunk.Length = start;
    }

    private static (int Line, int Column) End(int line, int column, string text)
    {
        var last = text.LastIndexOf('\n');
        return last < 0
            ? (line, column + text.Length)
            : (line + text.Count(c => c == '\n'), text.Length - last);
    }
}
