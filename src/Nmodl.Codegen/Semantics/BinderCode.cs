using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Text;

namespace Nmodl.Codegen.Semantics;

/// <summary>The semantic checks' diagnostics (NMODL0200 on; the parser owns the codes below).
/// Never renumber, only append.</summary>
public enum BinderCode
{
    UndefinedName = 200,
    UnknownFunction = 201,
    WrongArgumentCount = 202,
    NotAssignable = 203,
    NotSupported = 204,
    MissingSuffix = 205,
    DuplicateDeclaration = 206,
    PrimeOutsideDerivative = 207,
    NotAState = 208,
    UnknownIonVariable = 209,
    InvalidTable = 210,
    InvalidUnit = 211,
    UnknownSolveBlock = 212,
    ArrayIndex = 213,
    ReservedName = 214,
}

public static class BinderDiagnostics
{
    public static Diagnostic Error(BinderCode code, SourceSpan span, string message) =>
        new($"NMODL{(int)code:D4}", DiagnosticSeverity.Error, span, message);

    public static Diagnostic Warning(BinderCode code, SourceSpan span, string message) =>
        new($"NMODL{(int)code:D4}", DiagnosticSeverity.Warning, span, message);
}
