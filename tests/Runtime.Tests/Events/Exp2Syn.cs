using Nrn.Abi;

namespace Nrn.Runtime.Tests.Events;

/// <summary>Hand-written stand-in for the compiled Exp2Syn (mod/Exp2Syn.mod) as nocmodl writes it.</summary>
internal sealed class Exp2Syn : IMechanismKernels
{
    private const int Tau1 = 0, Tau2 = 1, E = 2, I = 3, G = 4, Factor = 5, A = 6, B = 7;

    public static readonly MechanismDescriptor Descriptor = new(
        "Exp2Syn", MechanismKind.PointProcess,
        [
            new RangeVariable("tau1", "ms", VariableKind.Parameter, .1, Tau1),
            new RangeVariable("tau2", "ms", VariableKind.Parameter, 10, Tau2),
            new RangeVariable("e", "mV", VariableKind.Parameter, 0, E),
            new RangeVariable("i", "nA", VariableKind.Assigned, 0, I),
            new RangeVariable("g", "uS", VariableKind.Assigned, 0, G),
            new RangeVariable("factor", "", VariableKind.Assigned, 0, Factor),
            new RangeVariable("A", "uS", VariableKind.State, 0, A),
            new RangeVariable("B", "uS", VariableKind.State, 0, B),
        ],
        [], [], [], 1, true, "Exp2Syn.mod (test double)", () => new Exp2Syn());

    public void Initialize(MechanismBlock block, CellGroupState state)
    {
        var f = block.Fields;
        for (var k = 0; k < block.Count; k++)
        {
            if (f[Tau1][k] / f[Tau2][k] > 0.9999) f[Tau1][k] = 0.9999 * f[Tau2][k];
            if (f[Tau1][k] / f[Tau2][k] < 1e-9) f[Tau1][k] = f[Tau2][k] * 1e-9;
            f[A][k] = 0;
            f[B][k] = 0;
            var tpeak = (f[Tau1][k] * f[Tau2][k]) / (f[Tau2][k] - f[Tau1][k]) * Math.Log(f[Tau2][k] / f[Tau1][k]);
            f[Factor][k] = -Math.Exp(-tpeak / f[Tau1][k]) + Math.Exp(-tpeak / f[Tau2][k]);
            f[Factor][k] = 1 / f[Factor][k];
        }
    }

    public void ComputeCurrent(MechanismBlock block, CellGroupState state)
    {
        var f = block.Fields;
        for (var k = 0; k < block.Count; k++)
        {
            var node = block.NodeIndex[k];
            var v = state.V[node];
            var conductance = Current(f, k, v + .001);
            var rhs = Current(f, k, v);
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
        {
            f[A][k] = f[A][k] + (1.0 - Math.Exp(dt * (-1.0 / f[Tau1][k]))) * (-0.0 / (-1.0 / f[Tau1][k]) - f[A][k]);
            f[B][k] = f[B][k] + (1.0 - Math.Exp(dt * (-1.0 / f[Tau2][k]))) * (-0.0 / (-1.0 / f[Tau2][k]) - f[B][k]);
        }
    }

    public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag)
    {
        var f = block.Fields;
        f[A][instance] = f[A][instance] + arguments[0] * f[Factor][instance];
        f[B][instance] = f[B][instance] + arguments[0] * f[Factor][instance];
    }

    public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) { }

    private static double Current(double[][] f, int k, double v)
    {
        f[G][k] = f[B][k] - f[A][k];
        f[I][k] = f[G][k] * (v - f[E][k]);
        return f[I][k];
    }
}
