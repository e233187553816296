using Nmodl.Parser.Syntax;
using Nmodl.Parser.Tests.Support;

namespace Nmodl.Parser.Tests.Parsing;

/// <summary>Habits seen in published mechanisms (ModelDB and NEURON's own files), written anew here.</summary>
public class RealWorldIdiomTests
{
    [Fact]
    public void TableWithoutNamesOrDepend()
    {
        var table = Assert.IsType<TableStatement>(Parse.Statement("TABLE FROM vlo TO vhi WITH 150", "FUNCTION f(v (mV))"));
        Assert.Empty(table.Names);
        Assert.Empty(table.Depend);
        Assert.Equal("vhi", Tree.Shape(table.To));
    }

    [Fact]
    public void ToleranceWithoutUnitsAndNoSpaceBeforeBraces()
    {
        var file = Parse.Valid("NEURON{ SUFFIX k2 }\nSTATE {\n q <1e-1>\n}\nINITIAL{\n if(v == -10.5){\n  v = v + 1e-4\n }\n}\nPROCEDURE rates(){ }\n");
        Assert.Equal(0.1, file.Find<StateBlock>()!.Declarations.Single().AbsoluteTolerance!.Value);
        var condition = Assert.IsType<IfStatement>(file.Find<InitialBlock>()!.Body.Statements.Single()).Condition;
        Assert.Equal("(v == (-10.5))", Tree.Shape(condition));
    }

    [Fact]
    public void UnitsInsideParenthesisedArithmetic()
    {
        var expression = Parse.Expression("1/(1 + exp((v + 35 (mV))/(-4 (mV))))");
        var units = expression.DescendantNodes().OfType<NumberExpression>().Where(n => n.Unit is not null).Select(n => n.Unit!.Text);
        Assert.Equal(["mV", "mV"], units);
    }

    [Fact]
    public void UnitWithSpaceAndParenthesisedFactor()
    {
        var file = Parse.Valid("PARAMETER {\n Kf = 2 (/ms mM) : forward rate\n}\nBREAKPOINT {\n i = (1e-3) * g * (v - e)\n}\n");
        Assert.Equal("/ms mM", file.Find<ParameterBlock>()!.Declarations.Single().Unit!.Text);
    }

    [Fact]
    public void CommentRightAfterLimitsAndLocalOnTheHeaderLine()
    {
        var file = Parse.Valid("PARAMETER {\n\tgmax = 10 (ms) <1e-9,1e9>: comment\n}\nPROCEDURE rates(v(mV)) { LOCAL a, b\n a = v\n b = a\n}\n");
        Assert.Equal(1e9, file.Find<ParameterBlock>()!.Declarations.Single().Limits!.High.Value);
        var body = file.Find<ProcedureBlock>()!.Body.Statements;
        Assert.IsType<LocalStatement>(body[0]);
        Assert.Equal(3, body.Length);
    }
}
