using Nrn.Abi;

namespace Nrn.Runtime.Tests.Doubles;

/// <summary>Hand-written stand-in for the compiled <c>hh</c>, reproducing what NEURON's nocmodl
/// makes of hh.mod: the rate table (201 points from -100 to 100 mV, rebuilt when celsius changes,
/// linear interpolation), the current at v and v + 0.001, and cnexp's exact update.</summary>
internal sealed class Hh : IMechanismKernels
{
    private const int Gnabar = 0, Gkbar = 1, Gl = 2, El = 3, Gna = 4, Gk = 5, Il = 6, M = 7, H = 8, N = 9;
    private const int Na = 0, K = 1;
    private const double TableMin = -100, TableMax = 100;
    private const int Intervals = 200;

    public static readonly MechanismDescriptor Descriptor = new(
        "hh", MechanismKind.Density,
        [
            new RangeVariable("gnabar", "S/cm2", VariableKind.Parameter, .12, Gnabar),
            new RangeVariable("gkbar", "S/cm2", VariableKind.Parameter, .036, Gkbar),
            new RangeVariable("gl", "S/cm2", VariableKind.Parameter, .0003, Gl),
            new RangeVariable("el", "mV", VariableKind.Parameter, -54.3, El),
            new RangeVariable("gna", "S/cm2", VariableKind.Assigned, 0, Gna),
            new RangeVariable("gk", "S/cm2", VariableKind.Assigned, 0, Gk),
            new RangeVariable("il", "mA/cm2", VariableKind.Assigned, 0, Il),
            new RangeVariable("m", "", VariableKind.State, 0, M),
            new RangeVariable("h", "", VariableKind.State, 0, H),
            new RangeVariable("n", "", VariableKind.State, 0, N),
        ],
        [],
        [
            new IonUse("na", [IonField.Erev], [IonField.Current, IonField.DCurrentDv], null),
            new IonUse("k", [IonField.Erev], [IonField.Current, IonField.DCurrentDv], null),
        ],
        [], 0, false, "hh (test double)", () => new Hh());

    private readonly double[] _minf = new double[Intervals + 1], _mtau = new double[Intervals + 1];
    private readonly double[] _hinf = new double[Intervals + 1], _htau = new double[Intervals + 1];
    private readonly double[] _ninf = new double[Intervals + 1], _ntau = new double[Intervals + 1];
    private double _tableCelsius = double.NaN;
    private double _mfac;

    private struct Rates
    {
        public double Minf, Mtau, Hinf, Htau, Ninf, Ntau;
    }

    public void Initialize(MechanismBlock block, CellGroupState state)
    {
        CheckTable(state.Celsius);
        for (var k = 0; k < block.Count; k++)
        {
            var r = Lookup(state.V[block.NodeIndex[k]]);
            block.Fields[M][k] = r.Minf;
            block.Fields[H][k] = r.Hinf;
            block.Fields[N][k] = r.Ninf;
        }
    }

    public void ComputeCurrent(MechanismBlock block, CellGroupState state)
    {
        var f = block.Fields;
        var na = block.Ions[Na];
        var kIon = block.Ions[K];
        for (var k = 0; k < block.Count; k++)
        {
            var node = block.NodeIndex[k];
            var v = state.V[node];
            var ena = na.Fields[(int)IonField.Erev][na.Index[k]];
            var ek = kIon.Fields[(int)IonField.Erev][kIon.Index[k]];
            var g = Current(f, k, v + .001, ena, ek, out var ina1, out var ik1);
            var rhs = Current(f, k, v, ena, ek, out var ina, out var ik);
            na.Fields[(int)IonField.DCurrentDv][na.Index[k]] += (ina1 - ina) / .001;
            kIon.Fields[(int)IonField.DCurrentDv][kIon.Index[k]] += (ik1 - ik) / .001;
            g = (g - rhs) / .001;
            na.Fields[(int)IonField.Current][na.Index[k]] += ina;
            kIon.Fields[(int)IonField.Current][kIon.Index[k]] += ik;
            state.Rhs[node] -= rhs;
            state.D[node] += g;
        }
    }

    public void AdvanceState(MechanismBlock block, CellGroupState state)
    {
        CheckTable(state.Celsius);
        var dt = state.Dt;
        var f = block.Fields;
        for (var k = 0; k < block.Count; k++)
        {
            var r = Lookup(state.V[block.NodeIndex[k]]);
            f[M][k] = f[M][k] + (1.0 - Math.Exp(dt * (-1.0 / r.Mtau))) * (-(r.Minf / r.Mtau) / (-1.0 / r.Mtau) - f[M][k]);
            f[H][k] = f[H][k] + (1.0 - Math.Exp(dt * (-1.0 / r.Htau))) * (-(r.Hinf / r.Htau) / (-1.0 / r.Htau) - f[H][k]);
            f[N][k] = f[N][k] + (1.0 - Math.Exp(dt * (-1.0 / r.Ntau))) * (-(r.Ninf / r.Ntau) / (-1.0 / r.Ntau) - f[N][k]);
        }
    }

    public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag) =>
        throw new NotSupportedException("hh has no NET_RECEIVE");

    public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) =>
        throw new NotSupportedException("hh has no NET_RECEIVE");

    private static double Current(double[][] f, int k, double v, double ena, double ek, out double ina, out double ik)
    {
        var gna = f[Gnabar][k] * f[M][k] * f[M][k] * f[M][k] * f[H][k];
        ina = gna * (v - ena);
        var gk = f[Gkbar][k] * f[N][k] * f[N][k] * f[N][k] * f[N][k];
        ik = gk * (v - ek);
        var il = f[Gl][k] * (v - f[El][k]);
        f[Gna][k] = gna;
        f[Gk][k] = gk;
        f[Il][k] = il;
        var current = 0.0;
        current += ina;
        current += ik;
        current += il;
        return current;
    }

    private void CheckTable(double celsius)
    {
        if (celsius == _tableCelsius) return;
        var dx = (TableMax - TableMin) / Intervals;
        _mfac = 1.0 / dx;
        var x = TableMin;
        for (var i = 0; i <= Intervals; x += dx, i++)
        {
            var r = Compute(x, celsius);
            (_minf[i], _mtau[i], _hinf[i], _htau[i], _ninf[i], _ntau[i]) = (r.Minf, r.Mtau, r.Hinf, r.Htau, r.Ninf, r.Ntau);
        }
        _tableCelsius = celsius;
    }

    private Rates Lookup(double v)
    {
        var xi = _mfac * (v - TableMin);
        if (double.IsNaN(xi)) return new Rates { Minf = xi, Mtau = xi, Hinf = xi, Htau = xi, Ninf = xi, Ntau = xi };
        if (xi <= 0) return At(0);
        if (xi >= Intervals) return At(Intervals);
        var i = (int)xi;
        var theta = xi - i;
        return new Rates
        {
            Minf = _minf[i] + theta * (_minf[i + 1] - _minf[i]),
            Mtau = _mtau[i] + theta * (_mtau[i + 1] - _mtau[i]),
            Hinf = _hinf[i] + theta * (_hinf[i + 1] - _hinf[i]),
            Htau = _htau[i] + theta * (_htau[i + 1] - _htau[i]),
            Ninf = _ninf[i] + theta * (_ninf[i + 1] - _ninf[i]),
            Ntau = _ntau[i] + theta * (_ntau[i + 1] - _ntau[i]),
        };
    }

    private Rates At(int i) => new()
    {
        Minf = _minf[i], Mtau = _mtau[i], Hinf = _hinf[i], Htau = _htau[i], Ninf = _ninf[i], Ntau = _ntau[i],
    };

    private static Rates Compute(double v, double celsius)
    {
        var q10 = Math.Pow(3.0, (celsius - 6.3) / 10.0);
        var alpha = .1 * Vtrap(-(v + 40.0), 10.0);
        var beta = 4.0 * Math.Exp(-(v + 65.0) / 18.0);
        var sum = alpha + beta;
        var r = new Rates { Mtau = 1.0 / (q10 * sum), Minf = alpha / sum };
        alpha = .07 * Math.Exp(-(v + 65.0) / 20.0);
        beta = 1.0 / (Math.Exp(-(v + 35.0) / 10.0) + 1.0);
        sum = alpha + beta;
        r.Htau = 1.0 / (q10 * sum);
        r.Hinf = alpha / sum;
        alpha = .01 * Vtrap(-(v + 55.0), 10.0);
        beta = .125 * Math.Exp(-(v + 65.0) / 80.0);
        sum = alpha + beta;
        r.Ntau = 1.0 / (q10 * sum);
        r.Ninf = alpha / sum;
        return r;
    }

    private static double Vtrap(double x, double y) =>
        Math.Abs(x / y) < 1e-6 ? y * (1.0 - x / y / 2.0) : x / (Math.Exp(x / y) - 1.0);
}
