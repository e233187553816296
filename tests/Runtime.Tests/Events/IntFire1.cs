using Nrn.Abi;

namespace Nrn.Runtime.Tests.Events;

/// <summary>Hand-written stand-in for the compiled IntFire1 (mod/IntFire1.mod).</summary>
internal sealed class IntFire1 : IMechanismKernels
{
    private const int Tau = 0, Refrac = 1, M = 2, T0 = 3, Refractory = 4;

    public static readonly MechanismDescriptor Descriptor = new(
        "IntFire1", MechanismKind.ArtificialCell,
        [
            new RangeVariable("tau", "ms", VariableKind.Parameter, 10, Tau),
            new RangeVariable("refrac", "ms", VariableKind.Parameter, 5, Refrac),
            new RangeVariable("m", "", VariableKind.Assigned, 0, M),
            new RangeVariable("t0", "ms", VariableKind.Assigned, 0, T0),
            new RangeVariable("refractory", "", VariableKind.Assigned, 0, Refractory),
        ],
        [], [], [], 1, true, "IntFire1.mod (test double)", () => new IntFire1());

    public void Initialize(MechanismBlock block, CellGroupState state)
    {
        var f = block.Fields;
        for (var k = 0; k < block.Count; k++)
        {
            f[M][k] = 0;
            f[T0][k] = state.T;
            f[Refractory][k] = 0;
        }
    }

    public void ComputeCurrent(MechanismBlock block, CellGroupState state) { }

    public void AdvanceState(MechanismBlock block, CellGroupState state) { }

    public void NetReceive(MechanismBlock block, CellGroupState state, int k, Span<double> arguments, double flag)
    {
        var f = block.Fields;
        var t = state.T;
        if (f[Refractory][k] == 0)
        {
            f[M][k] = f[M][k] * Math.Exp(-(t - f[T0][k]) / f[Tau][k]);
            f[T0][k] = t;
            f[M][k] = f[M][k] + arguments[0];
            if (f[M][k] > 1)
            {
                f[Refractory][k] = 1;
                f[M][k] = 2;
                state.Events.NetSend(block, k, t + f[Refrac][k], f[Refractory][k]);
                state.Events.NetEvent(block, k, t);
            }
        }
        else if (flag == 1)
        {
            f[T0][k] = t;
            f[Refractory][k] = 0;
            f[M][k] = 0;
        }
    }

    public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) { }
}
