using Nmodl.Parser.Syntax;
using Nmodl.Parser.Tests.Support;

namespace Nmodl.Parser.Tests.Parsing;

public class StatementTests
{
    [Fact]
    public void AssignmentAndCall()
    {
        var statements = Parse.Statements("rates(v)\nina = gna*(v - ena)");
        var call = Assert.IsType<CallExpression>(Assert.IsType<ExpressionStatement>(statements[0]).Expression);
        Assert.Equal("rates", call.Function);
        var assignment = Assert.IsType<AssignmentStatement>(statements[1]);
        Assert.Equal("ina", Assert.IsType<NameExpression>(assignment.Target).Name);
        Assert.False(assignment.IsDifferentialEquation);
    }

    [Fact]
    public void DerivativesWithPrimes()
    {
        var statements = Parse.Statements("m' = (minf - m)/mtau\nx'' = -x\nca'[0] = 1", "DERIVATIVE states");
        var m = Assert.IsType<PrimeExpression>(Assert.IsType<AssignmentStatement>(statements[0]).Target);
        Assert.Equal(("m", 1), (m.Name, m.Order));
        var x = Assert.IsType<PrimeExpression>(Assert.IsType<AssignmentStatement>(statements[1]).Target);
        Assert.Equal(2, x.Order);
        var ca = Assert.IsType<PrimeExpression>(Assert.IsType<AssignmentStatement>(statements[2]).Target);
        Assert.IsType<NumberExpression>(ca.Index);
        Assert.True(Assert.IsType<AssignmentStatement>(statements[0]).IsDifferentialEquation);
    }

    [Fact]
    public void DerivativeBlockHasItsName()
    {
        var block = Parse.Block<DerivativeBlock>("DERIVATIVE states { m' = 1 }");
        Assert.Equal("states", block.Name.Text);
    }

    [Fact]
    public void LocalWithArray()
    {
        var local = Assert.IsType<LocalStatement>(Parse.Statement("LOCAL a, b[3]"));
        Assert.Equal(["a", "b"], local.Variables.Select(v => v.Name.Text));
        Assert.Equal([null, 3], local.Variables.Select(v => v.ArraySize));
    }

    [Fact]
    public void IfElseIfElse()
    {
        var statement = Assert.IsType<IfStatement>(Parse.Statement("if (v < -50) {\n a = 1\n} else if (v > 0) {\n a = 2\n} else {\n a = 3\n}"));
        Assert.Equal("(v < (-50))", Tree.Shape(statement.Condition));
        var elseIf = Assert.IsType<IfStatement>(statement.Else);
        Assert.Equal("(v > 0)", Tree.Shape(elseIf.Condition));
        Assert.Single(Assert.IsType<BlockStatement>(elseIf.Else).Statements);
    }

    [Fact]
    public void UppercaseIfElseWhileAsNocmodlAllows()
    {
        var statements = Parse.Statements("IF (a) { b = 1 } ELSE { b = 2 }\nWHILE (b < 3) { b = b + 1 }");
        Assert.IsType<BlockStatement>(Assert.IsType<IfStatement>(statements[0]).Else);
        Assert.IsType<WhileStatement>(statements[1]);
    }

    [Fact]
    public void IntegerExpressionsInIndicesAndLoops()
    {
        var loop = Assert.IsType<FromStatement>(Parse.Statement("FROM i = 0 TO INT(n/2) BY k*2 { y[(i + 1)*2] = z[INT(x)] }"));
        Assert.Equal("INT((n / 2))", Tree.Shape(loop.To));
        var assignment = Assert.IsType<AssignmentStatement>(loop.Body.Statements.Single());
        Assert.Equal("((i + 1) * 2)", Tree.Shape(Assert.IsType<IndexedNameExpression>(assignment.Target).Index));
        Assert.Equal("INT(x)", Tree.Shape(Assert.IsType<IndexedNameExpression>(assignment.Value).Index));
    }

    [Fact]
    public void WhileLoop()
    {
        var loop = Assert.IsType<WhileStatement>(Parse.Statement("while (i < 10) { i = i + 1 }"));
        Assert.Equal("(i < 10)", Tree.Shape(loop.Condition));
        Assert.Single(loop.Body.Statements);
    }

    [Fact]
    public void FromLoopWithBy()
    {
        var loop = Assert.IsType<FromStatement>(Parse.Statement("FROM i = 0 TO n - 1 BY 2 { x[i] = 0 }"));
        Assert.Equal("i", loop.Variable.Text);
        Assert.Equal("(n - 1)", Tree.Shape(loop.To));
        Assert.Equal("2", Tree.Shape(loop.By!));
        var target = Assert.IsType<IndexedNameExpression>(Assert.IsType<AssignmentStatement>(loop.Body.Statements[0]).Target);
        Assert.Equal("x", target.Name);
    }

    [Theory]
    [InlineData("SOLVE states", "states", null, false)]
    [InlineData("SOLVE states METHOD cnexp", "states", "cnexp", false)]
    [InlineData("SOLVE states METHOD derivimplicit", "states", "derivimplicit", false)]
    [InlineData("SOLVE kin METHOD sparse", "kin", "sparse", false)]
    [InlineData("SOLVE s METHOD euler", "s", "euler", false)]
    [InlineData("SOLVE s METHOD runge", "s", "runge", false)]
    [InlineData("SOLVE s METHOD after_cvode", "s", "after_cvode", false)]
    [InlineData("SOLVE s METHOD cvode_t", "s", "cvode_t", false)]
    [InlineData("SOLVE kin STEADYSTATE sparse", "kin", "sparse", true)]
    public void Solve(string text, string block, string? method, bool steady)
    {
        var solve = Assert.IsType<SolveStatement>(Parse.Statement(text));
        Assert.Equal((block, method, steady), (solve.Block.Text, solve.Method?.Text, solve.SteadyState));
    }

    [Fact]
    public void TableWithNamesDependAndRange()
    {
        var table = Assert.IsType<TableStatement>(Parse.Statement("TABLE minf, mtau DEPEND celsius FROM -100 TO 100 WITH 200", "PROCEDURE rates(v (mV))"));
        Assert.Equal(["minf", "mtau"], table.Names.Select(n => n.Text));
        Assert.Equal(["celsius"], table.Depend.Select(n => n.Text));
        Assert.Equal("(-100)", Tree.Shape(table.From));
        Assert.Equal(200, table.Intervals);
    }

    [Fact]
    public void TableInFunctionWithoutNames()
    {
        var table = Assert.IsType<TableStatement>(Parse.Statement("TABLE DEPEND k FROM 0 TO 1 WITH 10", "FUNCTION f(x)"));
        Assert.Empty(table.Names);
        Assert.Single(table.Depend);
    }

    [Fact]
    public void UnitsOnOffVerbatimMutexProtectConductance()
    {
        var statements = Parse.Statements("UNITSOFF\nVERBATIM\n  return 0;\nENDVERBATIM\nUNITSON\nMUTEXLOCK\nPROTECT n = n + 1\nMUTEXUNLOCK\nCONDUCTANCE gk USEION k");
        Assert.False(Assert.IsType<UnitsSwitchStatement>(statements[0]).On);
        Assert.Equal("\n  return 0;\n", Assert.IsType<VerbatimStatement>(statements[1]).Text);
        Assert.True(Assert.IsType<UnitsSwitchStatement>(statements[2]).On);
        Assert.True(Assert.IsType<MutexStatement>(statements[3]).Lock);
        Assert.Equal("(n + 1)", Tree.Shape(Assert.IsType<ProtectStatement>(statements[4]).Assignment.Value));
        Assert.False(Assert.IsType<MutexStatement>(statements[5]).Lock);
        var conductance = Assert.IsType<ConductanceStatement>(statements[6]);
        Assert.Equal(("gk", "k"), (conductance.Conductance.Text, conductance.Ion?.Text));
    }

    [Fact]
    public void NestedBlockStatement()
    {
        var block = Assert.IsType<BlockStatement>(Parse.Statement("{ a = 1 b = 2 }"));
        Assert.Equal(2, block.Statements.Length);
    }

    [Fact]
    public void SeveralStatementsOnOneLine()
    {
        Assert.Equal(3, Parse.Statements("a = 1 b = a + 2 rates(b)").Count);
    }

    [Fact]
    public void BlockSpanCoversBraces()
    {
        var block = Parse.Block<BreakpointBlock>("BREAKPOINT {\n  a = 1\n}");
        Assert.Equal((1, 12), (block.Body.Span.Line, block.Body.Span.Column));
        Assert.Equal("{\n  a = 1\n}".Length, block.Body.Span.Length);
        Assert.Equal(0, block.Span.Offset);
    }
}
