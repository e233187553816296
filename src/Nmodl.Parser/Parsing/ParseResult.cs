using System.Text;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Syntax;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Parsing;

/// <summary>
/// What parsing one file gives: the tree (always present, possibly partial when there are
/// errors), every diagnostic (of included files too), and the texts they point into.
/// </summary>
public sealed class ParseResult(ModFile root, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, SourceText> sources)
{
    public ModFile Root { get; } = root;

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The decoded text of the file and of every included file, by path.</summary>
    public IReadOnlyDictionary<string, SourceText> Sources { get; } = sources;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>All diagnostics, each with its source line and a caret, one after the other.</summary>
    public string RenderDiagnostics()
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in Diagnostics)
        {
            Sources.TryGetValue(diagnostic.Span.File, out var source);
            builder.AppendLine(DiagnosticRenderer.Render(diagnostic, source));
        }
        return builder.ToString();
    }
}
