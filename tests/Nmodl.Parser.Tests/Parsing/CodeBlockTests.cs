using Nmodl.Parser.Syntax;
using Nmodl.Parser.Tests.Support;

namespace Nmodl.Parser.Tests.Parsing;

public class CodeBlockTests
{
    [Fact]
    public void FunctionWithUnitsOnArgumentsAndResult()
    {
        var f = Parse.Block<FunctionBlock>("FUNCTION vtrap(x (mV), y (mV)) (mV) {\n vtrap = x/(exp(x/y) - 1)\n}");
        Assert.Equal("vtrap", f.Name.Text);
        Assert.Equal([("x", "mV"), ("y", "mV")], f.Parameters.Select(p => (p.Name.Text, p.Unit!.Text)));
        Assert.Equal("mV", f.ResultUnit?.Text);
        Assert.Equal("vtrap", Assert.IsType<NameExpression>(Assert.IsType<AssignmentStatement>(f.Body.Statements[0]).Target).Name);
    }

    [Fact]
    public void ProcedureWithoutArguments()
    {
        var p = Parse.Block<ProcedureBlock>("PROCEDURE coord() { }");
        Assert.Empty(p.Parameters);
        Assert.Empty(p.Body.Statements);
    }

    [Fact]
    public void FunctionTable()
    {
        var t = Parse.Block<FunctionTableBlock>("FUNCTION_TABLE tau1(v (mV)) (ms)");
        Assert.Equal(("tau1", "v", "ms"), (t.Name.Text, t.Parameters.Single().Name.Text, t.ResultUnit!.Text));
    }

    [Fact]
    public void NetReceiveWithInitialWatchAndEvents()
    {
        var block = Parse.Block<NetReceiveBlock>("""
            NET_RECEIVE(w (uS), tsyn (ms)) {
                INITIAL { tsyn = t }
                if (flag == 0) {
                    g = g + w
                    net_send(0, 1)
                } else if (flag == 1) {
                    WATCH (v > -20) 2, (v < -60 (mV)) 3
                } else {
                    net_event(t)
                    net_move(t + 1)
                }
                FOR_NETCONS(ww, tt) { tt = t }
            }
            """);
        Assert.Equal(["w", "tsyn"], block.Parameters.Select(p => p.Name.Text));
        Assert.IsType<InitialStatement>(block.Body.Statements[0]);
        var first = Assert.IsType<IfStatement>(block.Body.Statements[1]);
        Assert.Equal("net_send(0, 1)", Tree.Shape(Assert.IsType<ExpressionStatement>(first.Then.Statements[1]).Expression));
        var watch = Assert.IsType<WatchStatement>(Assert.IsType<IfStatement>(first.Else).Then.Statements[0]);
        Assert.Equal(2, watch.Conditions.Length);
        Assert.Equal("(v > (-20))", Tree.Shape(watch.Conditions[0].Condition));
        Assert.Equal(("3", 3.0), (watch.Conditions[1].Flag.Text, watch.Conditions[1].Flag.Value));
        var forNetcons = Assert.IsType<ForNetconsStatement>(block.Body.Statements[2]);
        Assert.Equal(2, forNetcons.Parameters.Length);
    }

    [Theory]
    [InlineData("BEFORE BREAKPOINT", false, BeforeAfterPoint.Breakpoint)]
    [InlineData("AFTER SOLVE", true, BeforeAfterPoint.Solve)]
    [InlineData("BEFORE INITIAL", false, BeforeAfterPoint.Initial)]
    [InlineData("AFTER STEP", true, BeforeAfterPoint.Step)]
    public void BeforeAfter(string header, bool after, BeforeAfterPoint point)
    {
        var block = Parse.Block<BeforeAfterBlock>(header + " { x = 1 }");
        Assert.Equal((after, point), (block.After, block.Point));
    }

    [Fact]
    public void ConstructorDestructorInitialBreakpoint()
    {
        var file = Parse.Valid("CONSTRUCTOR { VERBATIM\nx();\nENDVERBATIM\n}\nDESTRUCTOR { }\nINITIAL { m = 0 }\nBREAKPOINT { SOLVE states METHOD cnexp }\n");
        Assert.IsType<VerbatimStatement>(Assert.IsType<ConstructorBlock>(file.Blocks[0]).Body.Statements.Single());
        Assert.IsType<DestructorBlock>(file.Blocks[1]);
        Assert.IsType<InitialBlock>(file.Blocks[2]);
        Assert.IsType<SolveStatement>(Assert.IsType<BreakpointBlock>(file.Blocks[3]).Body.Statements.Single());
    }
}
