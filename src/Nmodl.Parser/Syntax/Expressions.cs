using System.Collections.Immutable;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Syntax;

public abstract record Expression(SourceSpan Span) : SyntaxNode(Span);

/// <summary>A number, optionally followed by a unit: <c>2 (mV)</c>.</summary>
public sealed record NumberExpression(SourceSpan Span, string Text, double Value, Unit? Unit = null) : Expression(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Unit);
}

public sealed record NameExpression(SourceSpan Span, string Name) : Expression(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary>An array element <c>x[i]</c>.</summary>
public sealed record IndexedNameExpression(SourceSpan Span, string Name, Expression Index) : Expression(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Index];
}

/// <summary>A derivative <c>m'</c> (Order 1), <c>x''</c> (Order 2), or of an array element <c>c'[i]</c>.</summary>
public sealed record PrimeExpression(SourceSpan Span, string Name, int Order, Expression? Index = null) : Expression(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Index);
}

public sealed record CallExpression(SourceSpan Span, string Function, ImmutableArray<Expression> Arguments) : Expression(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Arguments;
}

/// <summary>A string literal; NMODL allows them only as call arguments (printf).</summary>
public sealed record StringExpression(SourceSpan Span, string Value) : Expression(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

public enum UnaryOperator
{
    Negate,
    Not,
}

public sealed record UnaryExpression(SourceSpan Span, UnaryOperator Operator, Expression Operand) : Expression(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Operand];
}

public enum BinaryOperator
{
    Or,
    And,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Equal,
    NotEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
}

public sealed record BinaryExpression(SourceSpan Span, Expression Left, BinaryOperator Operator, Expression Right) : Expression(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Left, Right];
}
