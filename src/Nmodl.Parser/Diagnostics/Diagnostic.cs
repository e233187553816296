using Nmodl.Parser.Text;

namespace Nmodl.Parser.Diagnostics;

/// <summary>
/// One message about a source file: a stable identifier (<c>NMODL0003</c>), a severity and the
/// place it is about. The front end's identifiers are <see cref="DiagnosticCode"/> values
/// (NMODL0001-NMODL0199); later layers (semantic checks, code generation) report through the same
/// type with identifiers from NMODL0200 on, so all diagnostics render alike.
/// </summary>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, SourceSpan Span, string Message)
{
    /// <summary>The front-end code this diagnostic carries, or null for a later layer's identifier.</summary>
    public DiagnosticCode? Code => DiagnosticCodes.FromId(Id);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary><c>file.mod:LINE:COL: error NMODL0003: message</c> (without the source line).</summary>
    public override string ToString() =>
        $"{Span.File}:{Span.Line}:{Span.Column}: {(IsError ? "error" : "warning")} {Id}: {Message}";
}
