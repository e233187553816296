using Nrn.Abi;

namespace Nrn.Runtime.Tests.Events;

/// <summary>Hand-written stand-in for the compiled ExpSyn (mod/ExpSyn.mod) as nocmodl writes it:
/// i = g (v - e) at v and v + 0.001 scaled by 1e2/area, cnexp decay of g, NET_RECEIVE g += weight.</summary>
internal sealed class ExpSyn : IMechanismKernels
{
    private const int Tau = 0, E = 1, I = 2, G = 3;

    public static readonly MechanismDescriptor Descriptor = new(
        "ExpSyn", MechanismKind.PointProcess,
        [
            new RangeVariable("tau", "ms", VariableKind.Parameter, 0.1, Tau),
            new RangeVariable("e", "mV", VariableKind.Parameter, 0, E),
            new RangeVariable("i", "nA", VariableKind.Assigned, 0, I),
            new RangeVariable("g", "uS", VariableKind.State, 0, G),
        ],
        [], [], [], 1, true, "ExpSyn.mod (test double)", () => new ExpSyn());

    public void Initialize(MechanismBlock block, CellGroupState state)
    {
        for (var k = 0; k < block.Count; k++) block.Fields[G][k] = 0;
    }

    public void ComputeCurrent(MechanismBlock block, CellGroupState state)
    {
        var f = block.Fields;
        for (var k = 0; k < block.Count; k++)
        {
            var node = block.NodeIndex[k];
            var v = state.V[node];
            var conductance = f[G][k] * (v + .001 - f[E][k]);
            var rhs = f[G][k] * (v - f[E][k]);
            f[I][k] = rhs;
            conductance = (conductance - rhs) / .001;
            conductance *= 1e2 / state.Area[node];
            rhs *= 1e2 / state.Area[node];
            state.Rhs[node] -= rhs;
            state.D[node] += conductance;
        }
    }

    public void AdvanceState(MechanismBlock block, CellGroupState state)
    {
        var f = block.Fields;
        var dt = state.Dt;
        for (var k = 0; k < block.Count; k++)
            f[G][k] = f[G][k] + (1.0 - Math.Exp(dt * (-1.0 / f[Tau][k]))) * (-0.0 / (-1.0 / f[Tau][k]) - f[G][k]);
    }

    public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag) =>
        block.Fields[G][instance] += arguments[0];

    public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) { }
}
