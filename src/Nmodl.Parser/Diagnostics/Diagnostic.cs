using Nmodl.Parser.Text;

namespace Nmodl.Parser.Diagnostics;

/// <summary>One message about a source file: a stable code, a severity and the place it is about.</summary>
public sealed record Diagnostic(DiagnosticCode Code, DiagnosticSeverity Severity, SourceSpan Span, string Message)
{
    /// <summary>The stable identifier, e.g. <c>NMODL0003</c>.</summary>
    public string Id => DiagnosticCodes.Id(Code);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary><c>file.mod:LINE:COL: error NMODL0003: message</c> (without the source line).</summary>
    public override string ToString() =>
        $"{Span.File}:{Span.Line}:{Span.Column}: {(IsError ? "error" : "warning")} {Id}: {Message}";
}
