using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Tests.Support;

namespace Nmodl.Codegen.Tests.Gaps;

/// <summary><c>SOLVE bump</c> of a PROCEDURE whose VERBATIM returns 1 once x passes a limit:
/// nocmodl's nrn_state stores the result as a scopmath error code and calls abort_run, so NEURON
/// 8.2.2 stops the third fadvance with "at line 14 in file cgsolvep.mod" after bump has changed x
/// but not n (gaps_golden.json "cgsolvep"). Ours throws there, naming the same line.</summary>
public sealed class SolvedProcedureTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_non_zero_result_stops_the_step_as_NEURONs_abort_run(bool simd)
    {
        var golden = GapsGolden.Root.GetProperty("cgsolvep");
        var h = new Harness(GapsGolden.Compile("cgsolvep", new BackendOptions(Simd: simd)), 1);
        h.Kernels.Initialize(h.Block, h.State);
        foreach (var step in golden.GetProperty("steps").EnumerateArray())
        {
            h.Kernels.ComputeCurrent(h.Block, h.State);
            if (step.GetProperty("ok").GetBoolean()) h.Kernels.AdvanceState(h.Block, h.State);
            else
            {
                var error = Assert.Throws<InvalidOperationException>(() => h.Kernels.AdvanceState(h.Block, h.State));
                Assert.Equal($"cgsolvep.mod:{golden.GetProperty("line").GetInt32()}: SOLVE bump of mechanism 'cgsolvep' returned error code 1 "
                    + "(Convergence not achieved in maximum number of iterations), instance 0", error.Message);
            }
            Assert.Equal(step.GetProperty("x").GetDouble(), h.Field("x")[0]);
            Assert.Equal(step.GetProperty("n").GetDouble(), h.Field("n")[0]);
        }
    }

    [Fact]
    public void A_procedure_without_VERBATIM_always_returns_0_and_is_not_checked()
    {
        var bound = Lowering.ModFrontEnd.LowerText("NEURON { SUFFIX plain RANGE x }\nASSIGNED { x }\nBREAKPOINT { SOLVE bump }\nPROCEDURE bump() { x = x + 1 }\n", "plain.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var code = MechanismCompiler.Generate(bound.Mechanism!, BackendOptions.Scalar).Text;
        Assert.DoesNotContain("returned error code", code);
    }
}
