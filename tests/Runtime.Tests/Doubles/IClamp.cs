using Nrn.Abi;

namespace Nrn.Runtime.Tests.Doubles;

/// <summary>Hand-written stand-in for the compiled <c>IClamp</c>: an ELECTRODE_CURRENT of amp nA
/// for del &lt;= t &lt; del + dur, converted to mA/cm2 with 1e2/area as NEURON does.</summary>
internal sealed class IClamp : IMechanismKernels
{
    private const int Del = 0, Dur = 1, Amp = 2, I = 3;

    public static readonly MechanismDescriptor Descriptor = new(
        "IClamp", MechanismKind.PointProcess,
        [
            new RangeVariable("del", "ms", VariableKind.Parameter, 0, Del),
            new RangeVariable("dur", "ms", VariableKind.Parameter, 0, Dur),
            new RangeVariable("amp", "nA", VariableKind.Parameter, 0, Amp),
            new RangeVariable("i", "nA", VariableKind.Assigned, 0, I),
        ],
        [], [], [], 0, false, "IClamp (test double)", () => new IClamp());

    public void Initialize(MechanismBlock block, CellGroupState state)
    {
        for (var k = 0; k < block.Count; k++) block.Fields[I][k] = 0;
    }

    public void ComputeCurrent(MechanismBlock block, CellGroupState state)
    {
        var t = state.T;
        for (var k = 0; k < block.Count; k++)
        {
            var node = block.NodeIndex[k];
            var del = block.Fields[Del][k];
            var on = t < del + block.Fields[Dur][k] && t >= del;
            var current = on ? block.Fields[Amp][k] : 0.0;
            block.Fields[I][k] = current;
            var g = (current - current) / .001;
            g *= 1e2 / state.Area[node];
            current *= 1e2 / state.Area[node];
            state.Rhs[node] += current;
            state.D[node] -= g;
        }
    }

    public void AdvanceState(MechanismBlock block, CellGroupState state) { }

    public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag) =>
        throw new NotSupportedException("IClamp has no NET_RECEIVE");

    public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) =>
        throw new NotSupportedException("IClamp has no NET_RECEIVE");
}
