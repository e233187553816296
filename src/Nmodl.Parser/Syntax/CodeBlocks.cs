using System.Collections.Immutable;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Syntax;

/// <summary>A named argument of a FUNCTION, PROCEDURE, NET_RECEIVE or FOR_NETCONS, with its unit.</summary>
public sealed record FunctionParameter(SourceSpan Span, Identifier Name, Unit? Unit) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Name, Unit);
}

/// <summary>A top-level block made of statements.</summary>
public abstract record CodeBlock(SourceSpan Span, BlockStatement Body) : Block(Span);

public sealed record InitialBlock(SourceSpan Span, BlockStatement Body) : CodeBlock(Span, Body)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Body];
}

public sealed record BreakpointBlock(SourceSpan Span, BlockStatement Body) : CodeBlock(Span, Body)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Body];
}

public sealed record ConstructorBlock(SourceSpan Span, BlockStatement Body) : CodeBlock(Span, Body)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Body];
}

public sealed record DestructorBlock(SourceSpan Span, BlockStatement Body) : CodeBlock(Span, Body)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Body];
}

public sealed record DerivativeBlock(SourceSpan Span, Identifier Name, BlockStatement Body) : CodeBlock(Span, Body)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Name, Body];
}

public enum SchemeKind
{
    Kinetic,
    Linear,
    Nonlinear,
}

/// <summary>KINETIC, LINEAR or NONLINEAR <c>name [SOLVEFOR a, b] { }</c>.</summary>
public sealed record SchemeBlock(SourceSpan Span, SchemeKind Kind, Identifier Name, ImmutableArray<Identifier> SolveFor, BlockStatement Body) : CodeBlock(Span, Body)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Name, .. SolveFor, Body];
}

public sealed record ProcedureBlock(SourceSpan Span, Identifier Name, ImmutableArray<FunctionParameter> Parameters, Unit? Unit, BlockStatement Body) : CodeBlock(Span, Body)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Name, .. Parameters, .. Nodes(Unit), Body];
}

/// <summary><c>FUNCTION name(args) (unit) { }</c>; the result is assigned to the function's name.</summary>
public sealed record FunctionBlock(SourceSpan Span, Identifier Name, ImmutableArray<FunctionParameter> Parameters, Unit? ResultUnit, BlockStatement Body) : CodeBlock(Span, Body)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Name, .. Parameters, .. Nodes(ResultUnit), Body];
}

/// <summary><c>FUNCTION_TABLE name(args) (unit)</c>: a function filled from hoc with table data.</summary>
public sealed record FunctionTableBlock(SourceSpan Span, Identifier Name, ImmutableArray<FunctionParameter> Parameters, Unit? ResultUnit) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Name, .. Parameters, .. Nodes(ResultUnit)];
}

public sealed record NetReceiveBlock(SourceSpan Span, ImmutableArray<FunctionParameter> Parameters, BlockStatement Body) : CodeBlock(Span, Body)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [.. Parameters, Body];
}

public enum BeforeAfterPoint
{
    Breakpoint,
    Solve,
    Initial,
    Step,
}

/// <summary><c>BEFORE|AFTER BREAKPOINT|SOLVE|INITIAL|STEP { }</c>.</summary>
public sealed record BeforeAfterBlock(SourceSpan Span, bool After, BeforeAfterPoint Point, BlockStatement Body) : CodeBlock(Span, Body)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Body];
}
