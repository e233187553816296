using System.Collections.Immutable;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Syntax;

/// <summary>A statement of the NEURON block.</summary>
public abstract record NeuronStatement(SourceSpan Span) : SyntaxNode(Span);

public enum MechanismKind
{
    /// <summary>SUFFIX: a density mechanism.</summary>
    Density,
    PointProcess,
    ArtificialCell,
}

/// <summary>SUFFIX, POINT_PROCESS or ARTIFICIAL_CELL and the mechanism name.</summary>
public sealed record SuffixStatement(SourceSpan Span, MechanismKind Kind, Identifier Name) : NeuronStatement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Name];
}

/// <summary><c>USEION ca READ cai, eca WRITE ica VALENCE 2 REPRESENTS CHEBI:29108</c>.</summary>
public sealed record UseIonStatement(SourceSpan Span, Identifier Ion, ImmutableArray<Identifier> Read, ImmutableArray<Identifier> Write, NumberLiteral? Valence, string? Represents) : NeuronStatement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Ion, .. Read, .. Write, .. Nodes(Valence)];
}

public enum NameListKind
{
    Range,
    Global,
    NonspecificCurrent,
    ElectrodeCurrent,
    Pointer,
    BbcorePointer,
    External,
    Random,
}

/// <summary>A keyword followed by a comma list of names: RANGE, GLOBAL, POINTER, ...</summary>
public sealed record NameListStatement(SourceSpan Span, NameListKind Kind, ImmutableArray<Identifier> Names) : NeuronStatement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Names;
}

public sealed record ThreadsafeStatement(SourceSpan Span) : NeuronStatement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary><c>REPRESENTS NCIT:C17145</c>: an ontology id for the whole mechanism.</summary>
public sealed record RepresentsStatement(SourceSpan Span, string Ontology) : NeuronStatement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
