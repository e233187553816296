using Nmodl.Parser.Parsing;
using Nmodl.Parser.Syntax;
using Nmodl.Parser.Tests.Support;

namespace Nmodl.Parser.Tests.Parsing;

public class TopLevelTests
{
    [Fact]
    public void TitleCommentsAndVerbatim()
    {
        var file = Parse.Valid("TITLE  hh.mod   squid sodium channel  \nCOMMENT\n anything { here\nENDCOMMENT\n: line comment\n? also a comment\nVERBATIM\n#include <stdio.h>\nENDVERBATIM\nNEURON { SUFFIX hh }\n");
        Assert.Equal("hh.mod   squid sodium channel", Assert.IsType<TitleBlock>(file.Blocks[0]).Text);
        Assert.Equal("\n#include <stdio.h>\n", Assert.IsType<VerbatimBlock>(file.Blocks[1]).Text);
        Assert.IsType<NeuronBlock>(file.Blocks[2]);
        Assert.Equal(3, file.Blocks.Length);
    }

    [Fact]
    public void TopLevelLocalAndUnitsSwitch()
    {
        var file = Parse.Valid("LOCAL x, y[2]\nUNITSOFF\nUNITSON\n");
        Assert.Equal([null, 2], Assert.IsType<LocalBlock>(file.Blocks[0]).Variables.Select(v => v.ArraySize));
        Assert.False(Assert.IsType<UnitsSwitchBlock>(file.Blocks[1]).On);
        Assert.True(Assert.IsType<UnitsSwitchBlock>(file.Blocks[2]).On);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void LineEndingsCountLines(string newline)
    {
        var text = string.Join(newline, "NEURON {", "\tSUFFIX a", "}", "PARAMETER {", "\fx = 1", "}");
        var file = Parse.Valid(text);
        var x = Assert.IsType<ParameterBlock>(file.Blocks[1]).Declarations.Single();
        Assert.Equal((5, 2), (x.Span.Line, x.Span.Column));
    }

    [Fact]
    public void MissingFinalNewlineAndTabs()
    {
        var file = Parse.Valid("NEURON {\tSUFFIX\tpas\t}");
        Assert.Equal("pas", Assert.IsType<SuffixStatement>(Assert.IsType<NeuronBlock>(file.Blocks[0]).Statements[0]).Name.Text);
    }

    [Fact]
    public void IncludeResolvedNextToTheIncludingFile()
    {
        var dir = Directory.CreateTempSubdirectory("nmodl-include-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "common.inc"), "PARAMETER { gbar = 1 (S/cm2) }\n");
            var main = Path.Combine(dir.FullName, "main.mod");
            File.WriteAllText(main, "NEURON { SUFFIX a }\nINCLUDE \"common.inc\"\n");
            var result = NmodlParser.ParseFile(main);
            Assert.False(result.HasErrors, result.RenderDiagnostics());
            var include = Assert.IsType<IncludeBlock>(result.Root.Blocks[1]);
            Assert.Equal("common.inc", include.FileName);
            var gbar = Assert.Single(result.Root.Find<ParameterBlock>()!.Declarations);
            Assert.EndsWith("common.inc", gbar.Span.File);
            Assert.Equal(2, result.Sources.Count);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void IncludeFoundOnSearchPath()
    {
        var dir = Directory.CreateTempSubdirectory("nmodl-include-path-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "lib.inc"), "FUNCTION one() { one = 1 }\n");
            var options = new ParseOptions { IncludePaths = [dir.FullName] };
            var result = NmodlParser.ParseText("INCLUDE \"lib.inc\"\n", "elsewhere/x.mod", options);
            Assert.False(result.HasErrors, result.RenderDiagnostics());
            Assert.Equal("one", result.Root.Find<FunctionBlock>()!.Name.Text);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void WalkerVisitsEveryNode()
    {
        var file = Parse.Valid("BREAKPOINT { if (a > 1) { b = f(c, 2) } }");
        var walker = new NameCollector();
        walker.Visit(file);
        Assert.Equal(["a", "b", "c"], walker.Names);
        Assert.Equal(file.DescendantNodes().OfType<NameExpression>().Select(n => n.Name), walker.Names);
    }

    private sealed class NameCollector : SyntaxWalker
    {
        public List<string> Names { get; } = [];

        public override void Visit(SyntaxNode node)
        {
            if (node is NameExpression name) Names.Add(name.Name);
            base.Visit(node);
        }
    }
}
