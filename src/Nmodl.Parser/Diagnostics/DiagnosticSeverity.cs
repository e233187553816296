namespace Nmodl.Parser.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
