namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>A #define: object-like when <see cref="Parameters"/> is null, function-like otherwise.</summary>
public sealed record CMacro(string Name, IReadOnlyList<string>? Parameters, IReadOnlyList<CToken> Body, CLocation Location);
