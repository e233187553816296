using System.Collections.Immutable;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Syntax;

/// <summary>One term of a reaction side: an optional integer stoichiometry and a species.</summary>
public sealed record Reactant(SourceSpan Span, int? Coefficient, Expression Species) : SyntaxNode(Span)
{
    /// <summary>The stoichiometric coefficient, 1 when none is written.</summary>
    public int Stoichiometry => Coefficient ?? 1;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Species];
}

public enum ReactionOperator
{
    /// <summary><c>~ A &lt;-&gt; B (kf, kb)</c>.</summary>
    Reversible,
    /// <summary><c>~ A &lt;&lt; (flux)</c>.</summary>
    Flux,
    /// <summary><c>~ A -&gt; (k)</c> (and <c>~ A -&gt; B (k)</c>).</summary>
    OneWay,
}

/// <summary>A KINETIC reaction. BackwardRate is set only for a reversible reaction.</summary>
public sealed record ReactionStatement(SourceSpan Span, ImmutableArray<Reactant> Left, ReactionOperator Operator, ImmutableArray<Reactant> Right, Expression ForwardRate, Expression? BackwardRate) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [.. Left, .. Right, ForwardRate, .. Nodes(BackwardRate)];
}

/// <summary><c>~ left = right</c> in a LINEAR or NONLINEAR block.</summary>
public sealed record EquationStatement(SourceSpan Span, Expression Left, Expression Right) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Left, Right];
}

/// <summary><c>CONSERVE a + b + 2c = total</c>.</summary>
public sealed record ConserveStatement(SourceSpan Span, ImmutableArray<Reactant> Left, Expression Right) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [.. Left, Right];
}

public enum VolumeKind
{
    /// <summary>COMPARTMENT: the volume of the listed species.</summary>
    Compartment,
    /// <summary>LONGITUDINAL_DIFFUSION: the diffusion constant times area of the listed species.</summary>
    LongitudinalDiffusion,
}

/// <summary>
/// <c>COMPARTMENT [i,] volume { species }</c> or <c>LONGITUDINAL_DIFFUSION [i,] rate { species }</c>;
/// <see cref="Index"/> is the loop name used when the species are arrays.
/// </summary>
public sealed record VolumeStatement(SourceSpan Span, VolumeKind Kind, Identifier? Index, Expression Volume, ImmutableArray<Identifier> Species) : Statement(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [.. Nodes(Index), Volume, .. Species];
}
