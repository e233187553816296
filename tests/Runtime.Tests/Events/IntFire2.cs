using Nrn.Abi;

namespace Nrn.Runtime.Tests.Events;

/// <summary>Hand-written stand-in for the compiled IntFire2 (mod/IntFire2.mod): the firing time is
/// scheduled with a flag-1 self-event that every input moves with net_move.</summary>
internal sealed class IntFire2 : IMechanismKernels
{
    private const int Taus = 0, Taum = 1, Ib = 2, I = 3, M = 4, T0 = 5;

    public static readonly MechanismDescriptor Descriptor = new(
        "IntFire2", MechanismKind.ArtificialCell,
        [
            new RangeVariable("taus", "ms", VariableKind.Parameter, 20, Taus),
            new RangeVariable("taum", "ms", VariableKind.Parameter, 10, Taum),
            new RangeVariable("ib", "", VariableKind.Parameter, 0, Ib),
            new RangeVariable("i", "", VariableKind.Assigned, 0, I),
            new RangeVariable("m", "", VariableKind.Assigned, 0, M),
            new RangeVariable("t0", "ms", VariableKind.Assigned, 0, T0),
        ],
        [], [], [], 1, true, "IntFire2.mod (test double)", () => new IntFire2());

    public void Initialize(MechanismBlock block, CellGroupState state)
    {
        var f = block.Fields;
        for (var k = 0; k < block.Count; k++)
        {
            f[I][k] = f[Ib][k];
            f[M][k] = 0;
            if (f[Taus][k] <= f[Taum][k]) f[Taus][k] = f[Taum][k] + .1;
            f[T0][k] = state.T;
            state.Events.NetSend(block, k, state.T + FireTime(f, k, f[Ib][k], 0, 0), 1);
        }
    }

    public void ComputeCurrent(MechanismBlock block, CellGroupState state) { }

    public void AdvanceState(MechanismBlock block, CellGroupState state) { }

    public void NetReceive(MechanismBlock block, CellGroupState state, int k, Span<double> arguments, double flag)
    {
        var p = block.Fields;
        var t = state.T;
        var f = p[Taus][k] / (p[Taus][k] - p[Taum][k]);
        var x = (p[I][k] - p[Ib][k]) * Math.Exp(-(t - p[T0][k]) / p[Taus][k]);
        var inew = p[Ib][k] + x;
        if (flag == 1)
        {
            state.Events.NetEvent(block, k, t);
            p[M][k] = 0;
            var ibf = (inew - p[Ib][k]) * f;
            state.Events.NetSend(block, k, t + FireTime(p, k, p[Ib][k], ibf, 0), 1);
        }
        else
        {
            p[M][k] = p[Ib][k] + f * x + (p[M][k] - (p[Ib][k] + (p[I][k] - p[Ib][k]) * f)) * Math.Exp(-(t - p[T0][k]) / p[Taum][k]);
            inew = inew + arguments[0];
            if (p[M][k] >= 1)
            {
                state.Events.NetMove(block, k, t);
            }
            else
            {
                var ibf = (inew - p[Ib][k]) * f;
                state.Events.NetMove(block, k, FireTime(p, k, p[Ib][k], ibf, p[M][k]) + t);
            }
        }
        p[T0][k] = t;
        p[I][k] = inew;
    }

    public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) { }

    private static double FireTime(double[][] p, int k, double a, double b, double c)
    {
        var taus = p[Taus][k];
        var taum = p[Taum][k];
        var r = taum / taus;
        if (a <= 1 && a + b <= 1) return 1e9;
        if (a > 1 && b <= 0)
        {
            var cab = c - a - b;
            var slope = r * b + cab;
            if (slope >= 0) return -taus * Math.Log(Newton1(a, cab, b, 1 / r, 0));
            var x = (1 - c + slope) / slope;
            return x <= 0 ? -taus * Math.Log(Newton1(a, cab, b, 1 / r, 0)) : -taum * Math.Log(Newton1(a, b, cab, r, x));
        }
        {
            var cab = c - a - b;
            var x = Math.Pow(-cab / (r * b), 1 / (r - 1));
            var peak = a + b * Math.Pow(x, r) + cab * x;
            if (x >= 1 || peak <= 1) return 1e9;
            var slope = r * b + cab;
            x = (1 - c + slope) / slope;
            return -taum * Math.Log(Newton1(a, b, cab, r, x));
        }
    }

    private static double Newton1(double a, double b, double c, double r, double x)
    {
        var dx = 1.0;
        var f = 0.0;
        var iter = 0.0;
        while (Math.Abs(dx) > 1e-6 || Math.Abs(f - 1) > 1e-6)
        {
            f = a + b * Math.Pow(x, r) + c * x;
            var df = r * b * Math.Pow(x, r - 1) + c;
            dx = (1 - f) / df;
            x = x + dx;
            if (x <= 0) x = 1e-4;
            else if (x > 1) x = 1;
            iter = iter + 1;
            if (iter > 10)
            {
                f = 1;
                dx = 0;
            }
        }
        return x;
    }
}
