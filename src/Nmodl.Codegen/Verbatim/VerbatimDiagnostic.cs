namespace Nmodl.Codegen.Verbatim;

/// <summary>A problem found in VERBATIM C, with a stable code (NMODL08xx) and its place in the .mod file.</summary>
public sealed record VerbatimDiagnostic(string Code, CLocation Location, string Message)
{
    public override string ToString() => $"{Location.File}:{Location.Line}:{Location.Column}: error {Code}: {Message}";
}
