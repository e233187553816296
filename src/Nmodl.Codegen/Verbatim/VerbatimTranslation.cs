namespace Nmodl.Codegen.Verbatim;

/// <summary>The C# text of one VERBATIM block (members or statements, with #line directives) and its diagnostics.</summary>
public sealed record VerbatimTranslation(string Code, IReadOnlyList<VerbatimDiagnostic> Diagnostics)
{
    public bool Succeeded => Diagnostics.All(d => d.IsWarning);
}
