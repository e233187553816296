using Nmodl.Parser.Syntax;
using Nmodl.Parser.Tests.Support;

namespace Nmodl.Parser.Tests.Parsing;

public class NeuronBlockTests
{
    private static NeuronStatement One(string statement) =>
        Assert.Single(Parse.Block<NeuronBlock>($"NEURON {{\n  {statement}\n}}\n").Statements);

    [Theory]
    [InlineData("SUFFIX hh", MechanismKind.Density, "hh")]
    [InlineData("POINT_PROCESS ExpSyn", MechanismKind.PointProcess, "ExpSyn")]
    [InlineData("ARTIFICIAL_CELL IntFire1", MechanismKind.ArtificialCell, "IntFire1")]
    public void MechanismKinds(string text, MechanismKind kind, string name)
    {
        var suffix = Assert.IsType<SuffixStatement>(One(text));
        Assert.Equal(kind, suffix.Kind);
        Assert.Equal(name, suffix.Name.Text);
    }

    [Fact]
    public void UseIonWithEverything()
    {
        var ion = Assert.IsType<UseIonStatement>(One("USEION ca READ cai, cao WRITE ica VALENCE 2 REPRESENTS CHEBI:29108"));
        Assert.Equal("ca", ion.Ion.Text);
        Assert.Equal(["cai", "cao"], ion.Read.Select(n => n.Text));
        Assert.Equal(["ica"], ion.Write.Select(n => n.Text));
        Assert.Equal(2.0, ion.Valence?.Value);
        Assert.Equal("CHEBI:29108", ion.Represents);
    }

    [Fact]
    public void UseIonNegativeValenceAndWriteOnly()
    {
        var ion = Assert.IsType<UseIonStatement>(One("USEION cl WRITE icl VALENCE -1"));
        Assert.Empty(ion.Read);
        Assert.Equal(-1.0, ion.Valence?.Value);
        Assert.Equal("-1", ion.Valence?.Text);
    }

    [Theory]
    [InlineData("RANGE gnabar, gkbar, gl", NameListKind.Range)]
    [InlineData("GLOBAL minf, hinf, mtau", NameListKind.Global)]
    [InlineData("NONSPECIFIC_CURRENT il", NameListKind.NonspecificCurrent)]
    [InlineData("ELECTRODE_CURRENT i", NameListKind.ElectrodeCurrent)]
    [InlineData("POINTER p, q", NameListKind.Pointer)]
    [InlineData("BBCOREPOINTER rng", NameListKind.BbcorePointer)]
    [InlineData("EXTERNAL nrn_thread", NameListKind.External)]
    [InlineData("RANDOM ran1, ran2", NameListKind.Random)]
    public void NameLists(string text, NameListKind kind)
    {
        var list = Assert.IsType<NameListStatement>(One(text));
        Assert.Equal(kind, list.Kind);
        var expected = text[(text.IndexOf(' ') + 1)..].Split(", ");
        Assert.Equal(expected, list.Names.Select(n => n.Text));
    }

    [Fact]
    public void ThreadsafeAndRepresents()
    {
        var block = Parse.Block<NeuronBlock>("NEURON {\n THREADSAFE\n REPRESENTS NCIT:C17145\n REPRESENTS [NCIT:C17008]\n}\n");
        Assert.IsType<ThreadsafeStatement>(block.Statements[0]);
        Assert.Equal("NCIT:C17145", Assert.IsType<RepresentsStatement>(block.Statements[1]).Ontology);
        Assert.Equal("[NCIT:C17008]", Assert.IsType<RepresentsStatement>(block.Statements[2]).Ontology);
    }

    [Fact]
    public void NamesKeepTheirOwnSpans()
    {
        var list = Assert.IsType<NameListStatement>(One("RANGE a,  bb"));
        Assert.Equal((2, 9), (list.Names[0].Span.Line, list.Names[0].Span.Column));
        Assert.Equal((2, 13), (list.Names[1].Span.Line, list.Names[1].Span.Column));
        Assert.Equal(2, list.Names[1].Span.Length);
    }
}
