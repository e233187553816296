namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>A C statement; <see cref="Token"/> is its first token.</summary>
public abstract record CStatement(CToken Token);

public sealed record CExpressionStatement(CToken Token, CExpression Expression) : CStatement(Token);

public sealed record CEmptyStatement(CToken Token) : CStatement(Token);

public sealed record CBlock(CToken Token, IReadOnlyList<CStatement> Statements) : CStatement(Token);

public sealed record CDeclarationStatement(CToken Token, CDeclaration Declaration) : CStatement(Token);

public sealed record CIf(CToken Token, CExpression Condition, CStatement Then, CStatement? Else) : CStatement(Token);

public sealed record CWhile(CToken Token, CExpression Condition, CStatement Body) : CStatement(Token);

public sealed record CDoWhile(CToken Token, CStatement Body, CExpression Condition) : CStatement(Token);

/// <summary>for (Initializer; Condition; Step): the initializer is a declaration or an expression statement.</summary>
public sealed record CFor(CToken Token, CStatement? Initializer, CExpression? Condition, CExpression? Step, CStatement Body) : CStatement(Token);

public sealed record CSwitch(CToken Token, CExpression Value, IReadOnlyList<CSwitchSection> Sections) : CStatement(Token);

/// <summary>Case labels (null for default) followed by statements, up to the next label.</summary>
public sealed record CSwitchSection(CToken Token, IReadOnlyList<CExpression?> Labels, IReadOnlyList<CStatement> Statements);

public sealed record CBreak(CToken Token) : CStatement(Token);

public sealed record CContinue(CToken Token) : CStatement(Token);

public sealed record CReturn(CToken Token, CExpression? Value) : CStatement(Token);

/// <summary>A construct that was parsed only to be reported (goto, labels, struct declarations...).</summary>
public sealed record CUnsupportedStatement(CToken Token, string Code, string Description) : CStatement(Token);
