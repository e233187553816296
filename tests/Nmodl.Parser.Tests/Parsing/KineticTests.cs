using Nmodl.Parser.Syntax;
using Nmodl.Parser.Tests.Support;

namespace Nmodl.Parser.Tests.Parsing;

public class KineticTests
{
    private static IReadOnlyList<Statement> Kinetic(string body) =>
        Parse.Block<SchemeBlock>($"KINETIC kin {{\n{body}\n}}").Body.Statements;

    [Fact]
    public void ReversibleReactionWithStoichiometry()
    {
        var reaction = Assert.IsType<ReactionStatement>(Assert.Single(Kinetic("~ A + 2 B <-> C[1] (kf*2, kb)")));
        Assert.Equal(ReactionOperator.Reversible, reaction.Operator);
        Assert.Equal([1, 2], reaction.Left.Select(r => r.Stoichiometry));
        Assert.Equal([null, 2], reaction.Left.Select(r => r.Coefficient));
        Assert.Equal("B", Assert.IsType<NameExpression>(reaction.Left[1].Species).Name);
        Assert.Equal("C", Assert.IsType<IndexedNameExpression>(reaction.Right.Single().Species).Name);
        Assert.Equal("(kf * 2)", Tree.Shape(reaction.ForwardRate));
        Assert.Equal("kb", Tree.Shape(reaction.BackwardRate!));
    }

    [Fact]
    public void StoichiometryWrittenAgainstTheName()
    {
        var reaction = Assert.IsType<ReactionStatement>(Assert.Single(Kinetic("~ 2ca <-> ca2 (k1, k2)")));
        Assert.Equal(2, reaction.Left.Single().Coefficient);
        Assert.Equal("ca", Tree.Shape(reaction.Left.Single().Species));
    }

    [Fact]
    public void FluxAndOneWay()
    {
        var statements = Kinetic("~ ca[0] << (-ica*PI*diam/(2*FARADAY))\n~ A -> (k)\n~ A -> B (k)");
        var flux = Assert.IsType<ReactionStatement>(statements[0]);
        Assert.Equal(ReactionOperator.Flux, flux.Operator);
        Assert.Empty(flux.Right);
        Assert.Null(flux.BackwardRate);
        Assert.Equal(ReactionOperator.OneWay, Assert.IsType<ReactionStatement>(statements[1]).Operator);
        Assert.Equal("B", Tree.Shape(Assert.IsType<ReactionStatement>(statements[2]).Right.Single().Species));
    }

    [Fact]
    public void CompartmentDiffusionConserveAndFluxNames()
    {
        var statements = Kinetic("""
            COMPARTMENT i, diam*diam*vol[i] {ca CaBuffer}
            COMPARTMENT (1e10)*area1 {pump pumpca}
            LONGITUDINAL_DIFFUSION i, DFree*diam*diam*vol[i] {ca}
            CONSERVE pump + pumpca = (1e10)*area1*pump0
            ica_pmp = f_flux - b_flux
            """);
        var compartment = Assert.IsType<VolumeStatement>(statements[0]);
        Assert.Equal((VolumeKind.Compartment, "i"), (compartment.Kind, compartment.Index?.Text));
        Assert.Equal(["ca", "CaBuffer"], compartment.Species.Select(s => s.Text));
        Assert.Null(Assert.IsType<VolumeStatement>(statements[1]).Index);
        Assert.Equal(VolumeKind.LongitudinalDiffusion, Assert.IsType<VolumeStatement>(statements[2]).Kind);
        var conserve = Assert.IsType<ConserveStatement>(statements[3]);
        Assert.Equal(2, conserve.Left.Length);
        Assert.Equal("((1e10 * area1) * pump0)", Tree.Shape(conserve.Right));
        Assert.Equal("(f_flux - b_flux)", Tree.Shape(Assert.IsType<AssignmentStatement>(statements[4]).Value));
    }

    [Fact]
    public void LinearAndNonlinearEquations()
    {
        var file = Parse.Valid("LINEAR lin SOLVEFOR a, b {\n ~ a + b = c\n ~ 2*a = b\n}\nNONLINEAR nl {\n ~ a*a = 4\n}\n");
        var linear = Assert.IsType<SchemeBlock>(file.Blocks[0]);
        Assert.Equal(SchemeKind.Linear, linear.Kind);
        Assert.Equal(["a", "b"], linear.SolveFor.Select(s => s.Text));
        var equation = Assert.IsType<EquationStatement>(linear.Body.Statements[0]);
        Assert.Equal(("(a + b)", "c"), (Tree.Shape(equation.Left), Tree.Shape(equation.Right)));
        Assert.Equal(SchemeKind.Nonlinear, Assert.IsType<SchemeBlock>(file.Blocks[1]).Kind);
    }
}
