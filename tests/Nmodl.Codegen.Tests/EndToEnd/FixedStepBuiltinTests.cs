using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;

namespace Nmodl.Codegen.Tests.EndToEnd;

/// <summary>NMODL built-ins whose fixed-step meaning differs from their CVODE one, as NEURON
/// 8.2.2's runtime defines them (netcvode.cpp's at_time, nocmodl's after_cvode).</summary>
public sealed class FixedStepBuiltinTests
{
    [Fact]
    public void At_time_is_zero_on_the_fixed_step_and_usable_as_a_statement()
    {
        const string text = """
            NEURON { SUFFIX at RANGE r, del }
            PARAMETER { del = 0.5 }
            ASSIGNED { r }
            INITIAL {
              at_time(del)
              r = at_time(del) + 7
            }
            """;
        var bound = ModFrontEnd.LowerText(text, "at.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var h = new Harness(MechanismCompiler.CompileInMemory(bound.Mechanism!, new BackendOptions()), 2);
        h.Kernels.Initialize(h.Block, h.State);
        Assert.Equal([7.0, 7.0], h.Field("r")[..2]);
    }

    [Fact]
    public void At_time_with_two_arguments_is_reported_at_the_call()
    {
        var bound = ModFrontEnd.LowerText("NEURON { SUFFIX at2 RANGE r }\nASSIGNED { r }\nINITIAL { r = at_time(1, 2) }\n", "at2.mod");
        Assert.Contains(bound.Diagnostics, d => d.ToString().Contains("at_time takes 1 argument(s), not 2") && d.ToString().Contains("3:"));
    }

    [Fact]
    public void After_cvode_calls_its_procedure_once_per_step_in_the_state_update_only()
    {
        // nocmodl's nrn_state for APCount is "{ check(); }"; nrn_cur does not call it.
        const string text = """
            NEURON { SUFFIX ac RANGE n }
            ASSIGNED { n }
            INITIAL { n = 0 }
            BREAKPOINT { SOLVE bump METHOD after_cvode }
            PROCEDURE bump() { n = n + 1 }
            """;
        var bound = ModFrontEnd.LowerText(text, "ac.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var h = new Harness(MechanismCompiler.CompileInMemory(bound.Mechanism!, new BackendOptions()), 2);
        h.Kernels.Initialize(h.Block, h.State);
        h.Kernels.ComputeCurrent(h.Block, h.State);
        Assert.Equal([0.0, 0.0], h.Field("n")[..2]);
        h.Kernels.AdvanceState(h.Block, h.State);
        h.Kernels.ComputeCurrent(h.Block, h.State);
        h.Kernels.AdvanceState(h.Block, h.State);
        Assert.Equal([2.0, 2.0], h.Field("n")[..2]);
    }

    [Fact]
    public void After_cvode_of_a_name_that_is_no_procedure_is_reported()
    {
        var bound = ModFrontEnd.LowerText("NEURON { SUFFIX ac2 }\nBREAKPOINT { SOLVE nothing METHOD after_cvode }\n", "ac2.mod");
        Assert.Contains(bound.Diagnostics, d => d.IsError && d.ToString().Contains("PROCEDURE nothing()"));
    }
}
