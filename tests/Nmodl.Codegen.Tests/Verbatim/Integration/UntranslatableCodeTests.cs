using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nrn;
using Nrn.CLib;

namespace Nmodl.Codegen.Tests.Verbatim.Integration;

/// <summary>C that does not translate stops the compile only where the simulation needs it: a file-scope C
/// function nothing calls is left out with a warning, and a FUNCTION or PROCEDURE only a script can call
/// compiles to throw, naming the construct and its place; used by the simulation, both are errors.</summary>
public sealed class UntranslatableCodeTests
{
    private const string Helper = """
        NEURON { POINT_PROCESS untr RANGE x }
        ASSIGNED { x }
        VERBATIM
        static void bbcore_write(double* xa, int* ia, int* xo, int* io, _threadargsproto_) {
            *xo += 1;
        }
        static double twice(double y) { return 2 * y; }
        ENDVERBATIM
        INITIAL {
        VERBATIM
            x = twice(3);
        ENDVERBATIM
        }
        PROCEDURE save() {
        VERBATIM
            hoc_oc("save_state()\n");
        ENDVERBATIM
        }
        """;

    [Fact]
    public void Code_only_NEURONs_internals_or_a_script_would_call_compiles_with_warnings_and_throws_when_called()
    {
        var bound = ModFrontEnd.LowerText(Helper, "untr.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var warnings = bound.Diagnostics.Where(d => !d.IsError).Select(d => d.ToString()).ToList();
        Assert.Contains(warnings, w => w.StartsWith("untr.mod:4:65: warning NMODL0813:", StringComparison.Ordinal) && w.Contains("C function 'bbcore_write' is left out"));
        Assert.Contains(warnings, w => w.StartsWith("untr.mod:16:5: warning NMODL0811:", StringComparison.Ordinal) && w.Contains("'hoc_oc'"));
        Assert.Contains(warnings, w => w.Contains("'save' is compiled to throw when called"));

        var sim = new Simulation();
        sim.Registry.Register(MechanismCompiler.CompileInMemory(bound.Mechanism!, new BackendOptions()));
        var pp = sim.PointProcess("untr", sim.Section("soma")[0.5]);
        sim.FInitialize(-65);
        Assert.Equal(6, pp["x"]);
        var error = Assert.Throws<UntranslatedCodeException>(() => pp.Call("save"));
        Assert.Contains("untr.mod:16:5: PROCEDURE save cannot run here", error.Message);
        Assert.Contains("'hoc_oc'", error.Message);
    }

    [Fact]
    public void The_same_code_used_by_the_simulation_is_an_error_at_the_use()
    {
        var text = Helper.Replace("x = twice(3);", "x = twice(3); bbcore_write(0, 0, 0, 0, 0);").Replace("INITIAL {", "INITIAL {\n    save()");
        var bound = ModFrontEnd.LowerText(text, "untr2.mod");
        var errors = bound.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.Contains(errors, e => e.Contains("error NMODL0813: 'bbcore_write' could not be translated (4:65:"));
        Assert.Contains(errors, e => e.StartsWith("untr2.mod:17:5: error NMODL0811:", StringComparison.Ordinal) && e.Contains("'hoc_oc'"));
        Assert.Null(bound.Mechanism);
    }
}
