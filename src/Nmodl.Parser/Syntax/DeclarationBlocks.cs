using System.Collections.Immutable;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Syntax;

/// <summary>A top-level construct of a .mod file.</summary>
public abstract record Block(SourceSpan Span) : SyntaxNode(Span);

public sealed record TitleBlock(SourceSpan Span, string Text) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary><c>DEFINE NAME 3</c>: a named integer usable as an array size.</summary>
public sealed record DefineBlock(SourceSpan Span, Identifier Name, NumberLiteral Value) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Name, Value];
}

/// <summary>
/// <c>INCLUDE "file"</c>. <see cref="Included"/> is the parsed file (null when it could not be
/// found or read); <see cref="ModFile.AllBlocks"/> splices its blocks in place.
/// </summary>
public sealed record IncludeBlock(SourceSpan Span, string FileName, ModFile? Included) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Included);
}

/// <summary>VERBATIM ... ENDVERBATIM at top level.</summary>
public sealed record VerbatimBlock(SourceSpan Span, string Text) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary>UNITSON or UNITSOFF at top level.</summary>
public sealed record UnitsSwitchBlock(SourceSpan Span, bool On) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary>LOCAL at top level: variables shared by the mechanism's blocks.</summary>
public sealed record LocalBlock(SourceSpan Span, ImmutableArray<LocalVariable> Variables) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Variables;
}

public sealed record NeuronBlock(SourceSpan Span, ImmutableArray<NeuronStatement> Statements) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Statements;
}

public sealed record UnitsBlock(SourceSpan Span, ImmutableArray<UnitsEntry> Entries) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Entries;
}

public abstract record UnitsEntry(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>(mV) = (millivolt)</c>: a new name for a unit.</summary>
public sealed record UnitDefinition(SourceSpan Span, Unit Name, Unit Definition) : UnitsEntry(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Name, Definition];
}

/// <summary>
/// A named constant in UNITS: <c>R = 8.314 (joule/degC)</c> (Value and Target), or
/// <c>FARADAY = (faraday) (coulomb)</c> / <c>f = (foot) -&gt; (inch)</c> (Source and Target: the
/// value of one Source expressed in Target units).
/// </summary>
public sealed record UnitFactorDefinition(SourceSpan Span, Identifier Name, NumberLiteral? Value, Unit? Source, Unit Target, bool Arrow) : UnitsEntry(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Name, Value, Source, Target);
}

public sealed record ParameterBlock(SourceSpan Span, ImmutableArray<ParameterDeclaration> Declarations) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Declarations;
}

/// <summary><c>gnabar = .12 (S/cm2) &lt;0,1e9&gt;</c> or <c>w[3] (uS)</c>.</summary>
public sealed record ParameterDeclaration(SourceSpan Span, Identifier Name, NumberLiteral? Value, int? ArraySize, Unit? Unit, Limits? Limits) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Name, Value, Unit, Limits);
}

public sealed record AssignedBlock(SourceSpan Span, ImmutableArray<VariableDeclaration> Declarations) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Declarations;
}

public sealed record StateBlock(SourceSpan Span, ImmutableArray<VariableDeclaration> Declarations) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Declarations;
}

/// <summary>
/// A name in ASSIGNED or STATE: <c>m</c>, <c>ca[4] (mM)</c>, <c>n FROM 0 TO 1 START 0.3</c>,
/// <c>cai (mM) &lt;1e-6&gt;</c> (the last is an absolute tolerance for CVODE).
/// </summary>
public sealed record VariableDeclaration(SourceSpan Span, Identifier Name, int? ArraySize, NumberLiteral? From, NumberLiteral? To, NumberLiteral? Start, Unit? Unit, NumberLiteral? AbsoluteTolerance) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Name, From, To, Start, Unit, AbsoluteTolerance);
}

public sealed record ConstantBlock(SourceSpan Span, ImmutableArray<ConstantDeclaration> Declarations) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Declarations;
}

public sealed record ConstantDeclaration(SourceSpan Span, Identifier Name, NumberLiteral Value, Unit? Unit) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Name, Value, Unit);
}

public sealed record IndependentBlock(SourceSpan Span, ImmutableArray<IndependentDeclaration> Declarations) : Block(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Declarations;
}

/// <summary><c>[SWEEP] t FROM 0 TO 1 WITH 1 [START 0] (ms)</c>.</summary>
public sealed record IndependentDeclaration(SourceSpan Span, bool Sweep, Identifier Name, NumberLiteral From, NumberLiteral To, NumberLiteral With, NumberLiteral? Start, Unit? Unit) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Nodes(Name, From, To, With, Start, Unit);
}
