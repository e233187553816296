using Nrn.Abi;

namespace Nrn.Runtime.Tests.Doubles;

/// <summary>Hand-written stand-in for tests/oracle/cells/mods/gap.mod: i = g (v - vgap) nA, vgap
/// read through a POINTER, converted with 1e2/area as NEURON's generated C does.</summary>
internal sealed class Gap : IMechanismKernels
{
    private const int G = 0, I = 1;

    public static readonly MechanismDescriptor Descriptor = new(
        "Gap", MechanismKind.PointProcess,
        [
            new RangeVariable("g", "uS", VariableKind.Parameter, 0.001, G),
            new RangeVariable("i", "nA", VariableKind.Assigned, 0, I),
        ],
        [], [], ["vgap"], 0, false, "gap.mod (test double)", () => new Gap());

    public void Initialize(MechanismBlock block, CellGroupState state) { }

    public void ComputeCurrent(MechanismBlock block, CellGroupState state)
    {
        var vgap = block.Pointers[0];
        for (var k = 0; k < block.Count; k++)
        {
            var node = block.NodeIndex[k];
            var v = state.V[node];
            var other = vgap.Target[k]![vgap.Offset[k]];
            var g = block.Fields[G][k];
            var atDv = g * (v + .001 - other);
            var rhs = g * (v - other);
            block.Fields[I][k] = rhs;
            var conductance = (atDv - rhs) / .001;
            conductance *= 1e2 / state.Area[node];
            rhs *= 1e2 / state.Area[node];
            state.Rhs[node] -= rhs;
            state.D[node] += conductance;
        }
    }

    public void AdvanceState(MechanismBlock block, CellGroupState state) { }

    public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag) =>
        throw new NotSupportedException("Gap has no NET_RECEIVE");

    public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) =>
        throw new NotSupportedException("Gap has no NET_RECEIVE");
}
