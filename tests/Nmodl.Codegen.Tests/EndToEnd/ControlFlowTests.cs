using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;

namespace Nmodl.Codegen.Tests.EndToEnd;

/// <summary>Statements and blocks of real .mod text: loops, else-if chains, NET_RECEIVE of a synapse.</summary>
public sealed class ControlFlowTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Loops_and_else_if_chains_compute_what_C_would(bool simd)
    {
        const string text = """
            NEURON { SUFFIX flow RANGE sum, fact, sign, x }
            PARAMETER { x = 0 }
            ASSIGNED { sum fact sign }
            INITIAL {
              LOCAL i, k
              sum = 0
              FROM i = 1 TO 10 { sum = sum + i*i }
              fact = 1
              k = 5
              while (k > 1) { fact = fact*k  k = k - 1 }
              if (x < 0) { sign = -1 } else if (x == 0) { sign = 0 } else { sign = 1 }
            }
            """;
        var bound = ModFrontEnd.LowerText(text, "flow.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var h = new Harness(MechanismCompiler.CompileInMemory(bound.Mechanism!, new BackendOptions(Simd: simd)), 3);
        h.Field("x")[0] = -2;
        h.Field("x")[2] = 7;
        h.Kernels.Initialize(h.Block, h.State);
        Assert.Equal([385.0, 385.0, 385.0], h.Field("sum")[..3]);
        Assert.Equal([120.0, 120.0, 120.0], h.Field("fact")[..3]);
        Assert.Equal([-1.0, 0.0, 1.0], h.Field("sign")[..3]);
    }

    [Fact]
    public void Exponential_synapse_from_text_decays_after_each_weighted_event()
    {
        const string text = """
            NEURON {
              POINT_PROCESS esyn
              RANGE tau, e, i
              NONSPECIFIC_CURRENT i
            }
            PARAMETER { tau = 2 (ms) e = 0 (mV) }
            ASSIGNED { v (mV) i (nA) }
            STATE { g (uS) }
            INITIAL { g = 0 }
            BREAKPOINT {
              SOLVE state METHOD cnexp
              i = g*(v - e)
            }
            DERIVATIVE state { g' = -g/tau }
            NET_RECEIVE(weight (uS)) { g = g + weight }
            """;
        var bound = ModFrontEnd.LowerText(text, "esyn.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var d = MechanismCompiler.CompileInMemory(bound.Mechanism!, new BackendOptions());
        Assert.Equal(Nrn.Abi.MechanismKind.PointProcess, d.Kind);
        Assert.True(d.HasNetReceive);
        Assert.Equal(1, d.NetReceiveArgumentCount);
        var h = new Harness(d, 1);
        h.Kernels.Initialize(h.Block, h.State);
        h.Kernels.NetReceive(h.Block, h.State, 0, new double[] { 0.004 }, 0);
        for (var s = 0; s < 80; s++) h.Kernels.AdvanceState(h.Block, h.State);
        Assert.Equal(0.004 * Math.Exp(-80 * 0.025 / 2), h.Field("g")[0], 1e-15);
        h.State.V[0] = -65;
        h.Kernels.ComputeCurrent(h.Block, h.State);
        Assert.Equal(-(h.Field("g")[0] * -65 * 1e2 / h.State.Area[0]), h.State.Rhs[0], 1e-15);
    }
}
