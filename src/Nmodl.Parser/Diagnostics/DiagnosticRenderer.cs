using System.Text;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Diagnostics;

/// <summary>
/// Writes a diagnostic the way compilers do: the <c>file:line:col: error CODE: message</c> line,
/// then the offending source line and a caret under the column.
/// </summary>
public static class DiagnosticRenderer
{
    public static string Render(Diagnostic diagnostic, SourceText? source)
    {
        var builder = new StringBuilder(diagnostic.ToString());
        if (source is null) return builder.ToString();
        var line = source.LineText(diagnostic.Span.Line);
        builder.Append('\n').Append(line).Append('\n');
        // Tabs are echoed so that the caret lines up in a terminal.
        var caretColumn = Math.Min(diagnostic.Span.Column - 1, line.Length);
        for (var i = 0; i < caretColumn; i++) builder.Append(line[i] == '\t' ? '\t' : ' ');
        builder.Append('^');
        return builder.ToString();
    }
}
