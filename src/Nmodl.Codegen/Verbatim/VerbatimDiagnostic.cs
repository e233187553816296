namespace Nmodl.Codegen.Verbatim;

/// <summary>A problem found in VERBATIM C, with a stable code (NMODL08xx) and its place in the .mod file.</summary>
/// A warning (<see cref="IsWarning"/>) does not stop the translation: the code it concerns was left out and
/// is reported again, as an error, where something uses it.
public sealed record VerbatimDiagnostic(string Code, CLocation Location, string Message)
{
    public bool IsWarning { get; init; }

    public override string ToString() => $"{Location.File}:{Location.Line}:{Location.Column}: {(IsWarning ? "warning" : "error")} {Code}: {Message}";
}
