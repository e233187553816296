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
    }
}
