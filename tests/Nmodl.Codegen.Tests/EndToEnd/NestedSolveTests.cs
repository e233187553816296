using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;

namespace Nmodl.Codegen.Tests.EndToEnd;

/// <summary>A SOLVE nested in an if of a FUNCTION that is inlined into its caller (VClamp's
/// icur() solves its LINEAR clamp circuit only while the clamp is on).</summary>
public sealed class NestedSolveTests
{
    [Theory]
    [InlineData(1.0, 6.0)]
    [InlineData(0.0, -1.0)]
    public void Linear_block_with_locals_solved_inside_an_if_of_an_inlined_function(double on, double expected)
    {
        // x + y = 2a and x - y = 1 with a = 3: x = 3.5, y = 2.5, so f = x + y = 6 when on.
        const string text = """
            NEURON { SUFFIX lin RANGE a, on, r }
            PARAMETER { a = 3 on = 1 }
            STATE { x y }
            ASSIGNED { r }
            INITIAL { r = f(on) }
            FUNCTION f(switch) {
              if (switch) {
                SOLVE sys
                f = x + y
              } else {
                f = -1
              }
            }
            LINEAR sys {
              LOCAL k
              k = 2*a
              ~ x + y = k
              ~ x - y = 1
            }
            """;
        var bound = ModFrontEnd.LowerText(text, "lin.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var h = new Harness(MechanismCompiler.CompileInMemory(bound.Mechanism!, new BackendOptions()), 1);
        h.Field("on")[0] = on;
        h.Kernels.Initialize(h.Block, h.State);
        Assert.Equal(expected, h.Field("r")[0], 12);
    }
}
