namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>A C expression; <see cref="Token"/> is where it starts (or its operator), for diagnostics and #line.</summary>
public abstract record CExpression(CToken Token);

public sealed record CIdentifier(CToken Token, string Name) : CExpression(Token);

public sealed record CIntegerLiteral(CToken Token, ulong Value, CType Type) : CExpression(Token);

public sealed record CFloatLiteral(CToken Token, string Text, CType Type) : CExpression(Token);

public sealed record CCharLiteral(CToken Token, int Value) : CExpression(Token);

/// <summary>One or more adjacent string literals, already joined and unescaped.</summary>
public sealed record CStringLiteral(CToken Token, string Value) : CExpression(Token);

public sealed record CParenthesized(CToken Token, CExpression Inner) : CExpression(Token);

/// <summary>Prefix operators: + - ! ~ * &amp; ++ --.</summary>
public sealed record CUnary(CToken Token, string Operator, CExpression Operand) : CExpression(Token);

/// <summary>Postfix ++ and --.</summary>
public sealed record CPostfix(CToken Token, string Operator, CExpression Operand) : CExpression(Token);

public sealed record CBinary(CToken Token, string Operator, CExpression Left, CExpression Right) : CExpression(Token);

/// <summary>= and the compound assignments.</summary>
public sealed record CAssignment(CToken Token, string Operator, CExpression Target, CExpression Value) : CExpression(Token);

public sealed record CConditional(CToken Token, CExpression Condition, CExpression WhenTrue, CExpression WhenFalse) : CExpression(Token);

public sealed record CCast(CToken Token, CType Type, CExpression Operand) : CExpression(Token);

public sealed record CSizeOf(CToken Token, CType? Type, CExpression? Operand) : CExpression(Token);

public sealed record CCall(CToken Token, CExpression Callee, IReadOnlyList<CExpression> Arguments) : CExpression(Token);

public sealed record CIndex(CToken Token, CExpression Target, CExpression Index) : CExpression(Token);

/// <summary>s.f and p->f: parsed so that they can be reported by name.</summary>
public sealed record CMember(CToken Token, CExpression Target, string Member, bool ThroughPointer) : CExpression(Token);

public sealed record CComma(CToken Token, CExpression Left, CExpression Right) : CExpression(Token);

/// <summary>A brace initializer of an array: {1, 2, 3}.</summary>
public sealed record CInitializerList(CToken Token, IReadOnlyList<CExpression> Items) : CExpression(Token);
