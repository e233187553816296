using System.Collections.Immutable;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Syntax;

public abstract record Statement(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>{ statements }</c>: the body of every block, and a nested block as a statement.</summary>
public sealed record BlockStatement(SourceSpan Span, ImmutableArray<Statement> Statements) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Statements;
}

/// <summary>One name of a LOCAL list, with its array size for <c>LOCAL x[3]</c>.</summary>
public sealed record LocalVariable(SourceSpan Span, Identifier Name, int? ArraySize) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Name];
}

public sealed record LocalStatement(SourceSpan Span, ImmutableArray<LocalVariable> Variables) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Variables;
}

/// <summary>
/// <c>target = value</c>. The target is a <see cref="NameExpression"/>, an
/// <see cref="IndexedNameExpression"/> or, for a differential equation, a <see cref="PrimeExpression"/>.
/// </summary>
public sealed record AssignmentStatement(SourceSpan Span, Expression Target, Expression Value) : Statement(Span)
{
    public bool IsDifferentialEquation => Target is PrimeExpression;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Target, Value];
}

/// <summary>A call used as a statement: <c>rates(v)</c>, <c>net_send(0, 1)</c>.</summary>
public sealed record ExpressionStatement(SourceSpan Span, Expression Expression) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Expression];
}

/// <summary><c>if (c) { } else if (d) { } else { }</c>; Else is another IfStatement or a BlockStatement.</summary>
public sealed record IfStatement(SourceSpan Span, Expression Condition, BlockStatement Then, Statement? Else) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Condition, Then, Else);
}

public sealed record WhileStatement(SourceSpan Span, Expression Condition, BlockStatement Body) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Condition, Body];
}

/// <summary><c>FROM i = a TO b BY k { }</c>: an integer loop, both ends included.</summary>
public sealed record FromStatement(SourceSpan Span, Identifier Variable, Expression From, Expression To, Expression? By, BlockStatement Body) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Variable, From, To, By, Body);
}

/// <summary><c>SOLVE block [METHOD m | STEADYSTATE m]</c>. <see cref="Method"/> is null when none is named.</summary>
public sealed record SolveStatement(SourceSpan Span, Identifier Block, Identifier? Method, bool SteadyState) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Block, Method);
}

/// <summary>
/// <c>TABLE names DEPEND names FROM lo TO hi WITH n</c> (Names is empty inside a FUNCTION). As in
/// nocmodl, n is an integer literal: the table has n + 1 points.
/// </summary>
public sealed record TableStatement(SourceSpan Span, ImmutableArray<Identifier> Names, ImmutableArray<Identifier> Depend, Expression From, Expression To, NumberLiteral With) : Statement(Span)
{
    /// <summary>The number of intervals, n of WITH n.</summary>
    public int Intervals => (int)With.Value;

    public override IEnumerable<SyntaxNode> ChildNodes() => [.. Names, .. Depend, From, To, With];
}

/// <summary>UNITSON or UNITSOFF.</summary>
public sealed record UnitsSwitchStatement(SourceSpan Span, bool On) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary>VERBATIM ... ENDVERBATIM inside a block; <see cref="Text"/> is the raw C between them.</summary>
public sealed record VerbatimStatement(SourceSpan Span, string Text) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary><c>WATCH (v &gt; -20) 2, (x &lt; 0) 3</c>.</summary>
public sealed record WatchStatement(SourceSpan Span, ImmutableArray<WatchCondition> Conditions) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Conditions;
}

/// <summary>
/// One <c>(left &gt; right) flag</c> of a WATCH: the condition is a <see cref="BinaryExpression"/>
/// comparing with <c>&gt;</c> or <c>&lt;</c>, the flag a number, as nocmodl requires.
/// </summary>
public sealed record WatchCondition(SourceSpan Span, BinaryExpression Condition, NumberLiteral Flag) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Condition, Flag];
}

/// <summary><c>FOR_NETCONS(w, args) { }</c> inside NET_RECEIVE.</summary>
public sealed record ForNetconsStatement(SourceSpan Span, ImmutableArray<FunctionParameter> Parameters, BlockStatement Body) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [.. Parameters, Body];
}

/// <summary>The INITIAL block nested in NET_RECEIVE.</summary>
public sealed record InitialStatement(SourceSpan Span, BlockStatement Body) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Body];
}

/// <summary><c>PROTECT x = x + 1</c>: an assignment done under a mutex.</summary>
public sealed record ProtectStatement(SourceSpan Span, AssignmentStatement Assignment) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Assignment];
}

/// <summary>MUTEXLOCK or MUTEXUNLOCK.</summary>
public sealed record MutexStatement(SourceSpan Span, bool Lock) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary><c>CONDUCTANCE g [USEION ion]</c>: names the conductance of a current (NEURON 9 hint).</summary>
public sealed record ConductanceStatement(SourceSpan Span, Identifier Conductance, Identifier? Ion) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Conductance, Ion);
}
