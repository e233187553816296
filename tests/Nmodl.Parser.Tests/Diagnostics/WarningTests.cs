using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Parsing;

namespace Nmodl.Parser.Tests.Diagnostics;

/// <summary>The warnings nocmodl prints: defaults NEURON overrides, and VERBATIM without THREADSAFE.</summary>
public class WarningTests
{
    [Fact]
    public void DefaultsOfNeuronOwnedParametersAreIgnored()
    {
        var result = NmodlParser.ParseText("NEURON { SUFFIX a }\nPARAMETER {\n celsius = 37 (degC)\n dt = 0.1\n v = -65 (mV)\n gbar = 1\n}\n");
        Assert.False(result.HasErrors);
        var warnings = result.Diagnostics.Select(d => (d.Code ?? default, d.Severity, d.Span.Line, d.Message)).ToList();
        Assert.Equal(
            [
                (DiagnosticCode.DefaultIgnored, DiagnosticSeverity.Warning, 3, "default 37 of PARAMETER celsius will be ignored and set by NEURON"),
                (DiagnosticCode.DefaultIgnored, DiagnosticSeverity.Warning, 4, "default 0.1 of PARAMETER dt will be ignored and set by NEURON"),
                (DiagnosticCode.DefaultIgnored, DiagnosticSeverity.Warning, 5, "default -65 of PARAMETER v will be ignored and set by NEURON"),
            ],
            warnings);
    }

    [Fact]
    public void VerbatimWithoutThreadsafeWarnsOnceAtTheFirstVerbatim()
    {
        var result = NmodlParser.ParseText("NEURON { SUFFIX a }\nINITIAL {\n  VERBATIM\n x();\nENDVERBATIM\n}\nVERBATIM\nENDVERBATIM\n");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("NMODL0102", 3, 3), (warning.Id, warning.Span.Line, warning.Span.Column));
    }

    [Fact]
    public void ThreadsafeSilencesTheVerbatimWarning()
    {
        var result = NmodlParser.ParseText("NEURON { SUFFIX a THREADSAFE }\nVERBATIM\nENDVERBATIM\n");
        Assert.Empty(result.Diagnostics);
    }
}
