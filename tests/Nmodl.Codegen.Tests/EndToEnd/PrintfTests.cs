using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;
using Nrn.CLib;

namespace Nmodl.Codegen.Tests.EndToEnd;

/// <summary>NMODL's printf statement writes what C's printf writes for the same format and values
/// (expected texts follow the C standard's %g/%f rules).</summary>
public sealed class PrintfTests
{
    [Fact]
    public void Printf_formats_like_C_with_escapes_resolved_also_inside_an_inlined_procedure()
    {
        const string text = """
            NEURON { SUFFIX say RANGE x }
            PARAMETER { x = 3.14159 }
            INITIAL {
              printf("a %g b %g\tc %5.2f\n", 0.1 + 0.2, 1e20, x)
              tell(2)
            }
            PROCEDURE tell(n) { printf("n=%g%%\n", n) }
            """;
        var bound = ModFrontEnd.LowerText(text, "say.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var h = new Harness(MechanismCompiler.CompileInMemory(bound.Mechanism!, new BackendOptions()), 1);
        var output = new StringWriter();
        using (CStdio.Redirect(output, new StringWriter())) h.Kernels.Initialize(h.Block, h.State);
        Assert.Equal("a 0.3 b 1e+20\tc  3.14\nn=2%\n", output.ToString());
    }

    [Fact]
    public void Printf_without_a_format_string_is_reported()
    {
        var bound = ModFrontEnd.LowerText("NEURON { SUFFIX say2 }\nINITIAL { printf(1) }\n", "say2.mod");
        Assert.Contains(bound.Diagnostics, d => d.IsError && d.ToString().Contains("printf needs a quoted format string"));
    }
}
