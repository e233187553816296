using Nmodl.Parser.Syntax;
using Nmodl.Parser.Tests.Support;

namespace Nmodl.Parser.Tests.Parsing;

public class DeclarationTests
{
    [Fact]
    public void ParameterWithValueUnitsAndLimits()
    {
        var p = Assert.Single(Parse.Block<ParameterBlock>("PARAMETER {\n x = 1 (mV) <0,1e9>\n}\n").Declarations);
        Assert.Equal("x", p.Name.Text);
        Assert.Equal(1.0, p.Value?.Value);
        Assert.Equal("mV", p.Unit?.Text);
        Assert.Equal(0.0, p.Limits?.Low.Value);
        Assert.Equal(1e9, p.Limits?.High.Value);
    }

    [Fact]
    public void ParameterForms()
    {
        var block = Parse.Block<ParameterBlock>(
            "PARAMETER {\n gnabar = .12 (S/cm2)\n ena = -50 (mV)\n v (mV)\n w[3] (uS)\n beta = 50 <0, 1e9>\n tau = 5. (/ms) <1e-3, 5>\n}\n");
        var d = block.Declarations;
        Assert.Equal(6, d.Length);
        Assert.Equal((0.12, "S/cm2"), (d[0].Value!.Value, d[0].Unit!.Text));
        Assert.Equal(-50.0, d[1].Value!.Value);
        Assert.Null(d[2].Value);
        Assert.Equal("mV", d[2].Unit!.Text);
        Assert.Equal(3, d[3].ArraySize);
        Assert.Null(d[4].Unit);
        Assert.Equal(1e9, d[4].Limits!.High.Value);
        Assert.Equal("/ms", d[5].Unit!.Text);
        Assert.Equal(1e-3, d[5].Limits!.Low.Value);
    }

    [Fact]
    public void ArraySizeFromDefine()
    {
        var file = Parse.Valid("DEFINE NANN 10\nSTATE { ca[NANN] (mM) <1e-6> }\n");
        var define = Assert.IsType<DefineBlock>(file.Blocks[0]);
        Assert.Equal(("NANN", 10.0), (define.Name.Text, define.Value.Value));
        var ca = Assert.IsType<StateBlock>(file.Blocks[1]).Declarations.Single();
        Assert.Equal(10, ca.ArraySize);
        Assert.Equal(1e-6, ca.AbsoluteTolerance?.Value);
    }

    [Fact]
    public void StateFromToStartUnits()
    {
        var state = Parse.Block<StateBlock>("STATE {\n m h\n n FROM 0 TO 1 START 0.3 (1)\n}\n");
        Assert.Equal(["m", "h", "n"], state.Declarations.Select(d => d.Name.Text));
        var n = state.Declarations[2];
        Assert.Equal((0.0, 1.0, 0.3), (n.From!.Value, n.To!.Value, n.Start!.Value));
        Assert.Equal("1", n.Unit!.Text);
    }

    [Fact]
    public void AssignedWithUnitsAndArrays()
    {
        var assigned = Parse.Block<AssignedBlock>("ASSIGNED {\n\tv (mV)\n\tica (mA/cm2)\n\tvol[4]\n\tc1 (1+8 um5/ms)\n}\n");
        Assert.Equal("mA/cm2", assigned.Declarations[1].Unit!.Text);
        Assert.Equal(4, assigned.Declarations[2].ArraySize);
        Assert.Equal("1+8 um5/ms", assigned.Declarations[3].Unit!.Text);
    }

    [Fact]
    public void UnitsBlockDefinitionsAndFactors()
    {
        var units = Parse.Block<UnitsBlock>(
            "UNITS {\n (mV) = (millivolt)\n (molar) = (1/liter)\n FARADAY = (faraday) (coulomb)\n R = 8.314 (joule/degC)\n f = (foot) -> (inch)\n}\n");
        var definition = Assert.IsType<UnitDefinition>(units.Entries[0]);
        Assert.Equal(("mV", "millivolt"), (definition.Name.Text, definition.Definition.Text));
        Assert.Equal("1/liter", Assert.IsType<UnitDefinition>(units.Entries[1]).Definition.Text);
        var faraday = Assert.IsType<UnitFactorDefinition>(units.Entries[2]);
        Assert.Equal(("FARADAY", "faraday", "coulomb"), (faraday.Name.Text, faraday.Source!.Text, faraday.Target.Text));
        Assert.Null(faraday.Value);
        var r = Assert.IsType<UnitFactorDefinition>(units.Entries[3]);
        Assert.Equal((8.314, "joule/degC"), (r.Value!.Value, r.Target.Text));
        Assert.True(Assert.IsType<UnitFactorDefinition>(units.Entries[4]).Arrow);
    }

    [Theory]
    [InlineData("(mA/cm2)", "mA/cm2")]
    [InlineData("(/ms)", "/ms")]
    [InlineData("(1/ms)", "1/ms")]
    [InlineData("(degC)", "degC")]
    [InlineData("(mM-cm2/mA-ms)", "mM-cm2/mA-ms")]
    [InlineData("( um )", "um")]
    public void UnitTextIsKeptVerbatim(string written, string text)
    {
        var p = Assert.Single(Parse.Block<ParameterBlock>($"PARAMETER {{ x = 1 {written} }}").Declarations);
        Assert.Equal(text, p.Unit!.Text);
        Assert.Equal(written.Length, p.Unit.Span.Length);
    }

    [Fact]
    public void ConstantAndIndependent()
    {
        var file = Parse.Valid("CONSTANT { volo = 1 (liter) }\nINDEPENDENT { t FROM 0 TO 1 WITH 1 (ms) }\n");
        var c = Assert.IsType<ConstantBlock>(file.Blocks[0]).Declarations.Single();
        Assert.Equal(("volo", 1.0, "liter"), (c.Name.Text, c.Value.Value, c.Unit!.Text));
        var t = Assert.IsType<IndependentBlock>(file.Blocks[1]).Declarations.Single();
        Assert.Equal(("t", 0.0, 1.0, 1.0, "ms"), (t.Name.Text, t.From.Value, t.To.Value, t.With.Value, t.Unit!.Text));
    }
}
