using Nrn.Abi;

namespace Nrn.Runtime.Tests.Doubles;

/// <summary>Hand-written stand-in for the compiled <c>pas</c>: i = g (v - e), with the conductance
/// taken from the current at v and v + 0.001 exactly as NEURON's generated C does.</summary>
internal sealed class Pas : IMechanismKernels
{
    private const int G = 0, E = 1, I = 2;

    public static readonly MechanismDescriptor Descriptor = new(
        "pas", MechanismKind.Density,
        [
            new RangeVariable("g", "S/cm2", VariableKind.Parameter, 0.001, G),
            new RangeVariable("e", "mV", VariableKind.Parameter, -70, E),
            new RangeVariable("i", "mA/cm2", VariableKind.Assigned, 0, I),
        ],
        [], [], [], 0, false, "pas (test double)", () => new Pas());

    public void Initialize(MechanismBlock block, CellGroupState state) { }

    public void ComputeCurrent(MechanismBlock block, CellGroupState state)
    {
        var g = block.Fields[G];
        var e = block.Fields[E];
        var i = block.Fields[I];
        for (var k = 0; k < block.Count; k++)
        {
            var node = block.NodeIndex[k];
            var v = state.V[node];
            var atDv = g[k] * (v + .001 - e[k]);
            var current = g[k] * (v - e[k]);
            i[k] = current;
            state.Rhs[node] -= current;
            state.D[node] += (atDv - current) / .001;
        }
    }

    public void AdvanceState(MechanismBlock block, CellGroupState state) { }

    public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag) =>
        throw new NotSupportedException("pas has no NET_RECEIVE");

    public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) =>
        throw new NotSupportedException("pas has no NET_RECEIVE");
}
