namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>Storage classes that matter for translation.</summary>
public enum CStorage
{
    None,
    Static,
    Extern,
}

/// <summary>One declared name: its full type, array length (null when not an array; -1 for []), initializer.</summary>
public sealed record CDeclarator(CToken Name, CType Type, IReadOnlyList<CExpression?>? ArrayLengths, CExpression? Initializer);

/// <summary>A declaration of one or more variables sharing a base type: static double a, b[3] = {1, 2, 3};</summary>
public sealed record CDeclaration(CToken Token, CStorage Storage, bool IsConst, IReadOnlyList<CDeclarator> Declarators);

public sealed record CParameter(CToken? Name, CType Type);

/// <summary>A function definition (with <see cref="Body"/>) or prototype (Body null).</summary>
public sealed record CFunction(CToken Token, CStorage Storage, CType ReturnType, CToken Name,
    IReadOnlyList<CParameter> Parameters, bool IsVariadic, CBlock? Body);

/// <summary>A function definition or prototype at file scope.</summary>
public sealed record CFunctionDefinition(CToken Token, CFunction Function) : CStatement(Token);

/// <summary>The file-scope items of a VERBATIM block, in order: declarations, functions, unsupported constructs.</summary>
public sealed record CTranslationUnit(IReadOnlyList<CStatement> Items);

/// <summary>A member of a structure.</summary>
public sealed record CStructField(CToken Name, CType Type);

/// <summary>A structure definition at file scope: <c>typedef struct { double a; int n; } Info;</c> or <c>struct Info { ... };</c>.</summary>
public sealed record CStructDefinition(CToken Token, string Name, IReadOnlyList<CStructField> Fields) : CStatement(Token);
