using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Parsing;

namespace Nmodl.Parser.Tests.Diagnostics;

public class RenderingTests
{
    [Fact]
    public void RendersLocationCodeMessageSourceLineAndCaret()
    {
        var result = NmodlParser.ParseText("NEURON {\n  SUFFIX a\n  RANGES x\n}\n", "chan.mod");
        Assert.Equal(
            "chan.mod:3:3: error NMODL0017: 'RANGES' is not a NEURON block statement\n" +
            "  RANGES x\n" +
            "  ^\n",
            result.RenderDiagnostics().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void CaretFollowsTabs()
    {
        var result = NmodlParser.ParseText("BREAKPOINT {\n\tx = \t$\n}\n", "t.mod");
        var rendered = DiagnosticRenderer.Render(result.Diagnostics[0], result.Sources["t.mod"]);
        Assert.EndsWith("\n\tx = \t$\n\t    \t^", rendered);
    }

    [Fact]
    public void CodesAreStableAndPadded()
    {
        Assert.Equal("NMODL0003", DiagnosticCodes.Id(DiagnosticCode.UnexpectedToken));
        Assert.Equal("NMODL0101", DiagnosticCodes.Id(DiagnosticCode.DefaultIgnored));
        Assert.Equal(DiagnosticSeverity.Warning, DiagnosticCodes.SeverityOf(DiagnosticCode.NotUtf8));
        Assert.Equal(DiagnosticCode.UnexpectedToken, DiagnosticCodes.FromId("NMODL0003"));
        Assert.Null(DiagnosticCodes.FromId("NMODL0250"));
        Assert.Null(DiagnosticCodes.FromId("CS1061"));
    }

    [Fact]
    public void LaterLayersReportThroughTheSameBag()
    {
        var bag = new DiagnosticBag();
        var span = new Nmodl.Parser.Text.SourceSpan("m.mod", 4, 2, 1, 5);
        bag.Add(new Diagnostic("NMODL0201", DiagnosticSeverity.Error, span, "'gk' is not declared"));
        var diagnostic = Assert.Single(bag.ToList());
        Assert.Null(diagnostic.Code);
        Assert.Equal("m.mod:1:5: error NMODL0201: 'gk' is not declared", diagnostic.ToString());
    }
}
