using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;

namespace Nmodl.Codegen.Tests.EndToEnd;

/// <summary>POINTER variables and ELECTRODE_CURRENT point processes, from .mod text.</summary>
public sealed class PointerAndElectrodeTests
{
    [Fact]
    public void POINTER_reads_and_writes_the_bound_target()
    {
        const string text = """
            NEURON { SUFFIX follow POINTER src RANGE y }
            ASSIGNED { src y }
            INITIAL { y = 2*src  src = src + 1 }
            """;
        var h = new Harness(Compile(text), 2);
        var target = new[] { 0.0, 3.5, 7.25 };
        for (var i = 0; i < 2; i++)
        {
            h.Block.Pointers[0].Target[i] = target;
            h.Block.Pointers[0].Offset[i] = i + 1;
        }
        h.Kernels.Initialize(h.Block, h.State);
        Assert.Equal([7.0, 14.5], h.Field("y")[..2]);
        Assert.Equal([0.0, 4.5, 8.25], target);
    }

    [Fact]
    public void Electrode_current_point_process_injects_its_current()
    {
        const string text = """
            NEURON { POINT_PROCESS clamp RANGE amp ELECTRODE_CURRENT i }
            PARAMETER { amp = 0.5 (nA) }
            ASSIGNED { i (nA) }
            BREAKPOINT { i = amp }
            """;
        var h = new Harness(Compile(text), 1);
        h.State.Area[0] = 250;
        h.Kernels.ComputeCurrent(h.Block, h.State);
        // NEURON: rhs += i * 100/area for an electrode current (an injected current depolarises).
        Assert.Equal(0.5 * (1e2 / 250), h.State.Rhs[0], 1e-15);
        Assert.Equal(0.0, h.State.D[0]);
    }

    private static Nrn.Abi.MechanismDescriptor Compile(string text)
    {
        var bound = ModFrontEnd.LowerText(text, "test.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        return MechanismCompiler.CompileInMemory(bound.Mechanism!, BackendOptions.Scalar);
    }
}
