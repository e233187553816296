using Nrn;
using Nrn.Abi;

namespace Nrniv.Trace;

/// <summary>
/// Input resistance at 0 Hz of a single-compartment cell, linearized at its present state as
/// NEURON's <c>Impedance.compute(0, 1)</c> does (its NonLinImp): the membrane potential and every
/// STATE of the mechanisms at the node are the unknowns, so a gating variable that follows v
/// lowers (or raises) the resistance. With membrane current I(v, s) (mA/cm2) and state dynamics
/// ds/dt = f(v, s), a steady injected current δi gives <c>(∂I/∂v) δv + (∂I/∂s) δs = δi</c> and
/// <c>(∂f/∂v) δv + (∂f/∂s) δs = 0</c>. As NEURON does, the partial derivatives are one-sided
/// differences with steps of 0.001 (mV for v, the state's unit for a state: NEURON's default
/// <c>deltafac</c> times an absolute tolerance of 1). Our kernels give I directly but f only
/// through the fixed-step update s' = Φ_h(v, s) of the mechanism's own method, for which
/// (Φ_h - s)/h = f + O(h): the derivatives of f are taken as the Richardson extrapolation of
/// the quotients' differences over h and h/2, which leaves an O(h^2) error. As NEURON's
/// <c>input()</c>, the result is the impedance's amplitude (a negative slope resistance is
/// reported as its absolute value), and a singular system gives NaN. One difference remains: a
/// KINETIC scheme with CONSERVE is held on its constraint by our update, so the linearization
/// here is that of the constrained system (finite), while NEURON linearizes the unconstrained
/// ODEs, whose Jacobian is singular, and fails.
/// </summary>
public static class InputResistance
{
    private const double Delta = 1e-3;
    private const double Step = 1e-4;

    /// <summary>Rin in MOhm of <paramref name="segment"/> (a one-segment section) at the model's present state.</summary>
    public static double Compute(Simulation sim, Segment segment)
    {
        var (vArray, node) = segment.Ref("v").Resolve();
        if (vArray is null) throw new InvalidOperationException($"{segment} is not part of the compiled model");
        var snapshot = new ModelSnapshot(sim);
        try
        {
            var states = StatesAt(sim, node);
            return Math.Abs(Ratio(sim, snapshot, node, states)) * 100 / segment.Area;
        }
        finally
        {
            snapshot.Restore();
        }
    }

    /// <summary>δv/δi in mV per mA/cm2; NaN when the system is singular.</summary>
    private static double Ratio(Simulation sim, ModelSnapshot snapshot, int node, IReadOnlyList<(double[] Array, int Index)> states)
    {
        snapshot.Restore();
        var n = states.Count + 1;
        var v0 = sim.CellGroup.V[node];
        var s0 = states.Select(s => s.Array[s.Index]).ToArray();
        var a = new double[n, n];
        var at = Evaluate(sim, snapshot, node, states, v0, s0);
        for (var j = 0; j < n; j++)
        {
            var moved = (double[])s0.Clone();
            var v = v0;
            if (j == 0) v += Delta;
            else moved[j - 1] += Delta;
            var e = Evaluate(sim, snapshot, node, states, v, moved);
            a[0, j] = (e.Current - at.Current) / Delta;
            for (var i = 0; i < states.Count; i++)
            {
                var coarse = (e.Coarse[i] - at.Coarse[i]) / Delta;
                var fine = (e.Fine[i] - at.Fine[i]) / Delta;
                a[i + 1, j] = 2 * fine - coarse;
            }
        }
        var b = new double[n];
        b[0] = 1;
        return LinearSystem.Solve(a, b)[0];
    }

    /// <summary>The membrane current at (v, s) and the states' rates of change estimated with
    /// steps h (<c>Coarse</c>) and h/2 (<c>Fine</c>).</summary>
    private static (double Current, double[] Coarse, double[] Fine) Evaluate(Simulation sim, ModelSnapshot snapshot, int node,
        IReadOnlyList<(double[] Array, int Index)> states, double v, double[] s)
    {
        var current = Current(sim, snapshot, node, states, v, s);
        var coarse = Advance(sim, snapshot, node, states, v, s, Step);
        var fine = Advance(sim, snapshot, node, states, v, s, Step / 2);
        for (var i = 0; i < s.Length; i++)
        {
            coarse[i] = (coarse[i] - s[i]) / Step;
            fine[i] = (fine[i] - s[i]) / (Step / 2);
        }
        return (current, coarse, fine);
    }

    private static double Current(Simulation sim, ModelSnapshot snapshot, int node, IReadOnlyList<(double[] Array, int Index)> states, double v, double[] s)
    {
        var state = sim.CellGroup;
        Set(snapshot, state, node, states, v, s);
        foreach (var m in sim.Mechanisms)
            foreach (var ion in m.Block.Ions)
            {
                Array.Clear(ion.Fields[(int)IonField.Current]);
                Array.Clear(ion.Fields[(int)IonField.DCurrentDv]);
            }
        foreach (var m in sim.Mechanisms) m.Kernels.ComputeCurrent(m.Block, state);
        return -state.Rhs[node];
    }

    /// <summary>The states after one update of length <paramref name="h"/> from (v, s).</summary>
    private static double[] Advance(Simulation sim, ModelSnapshot snapshot, int node, IReadOnlyList<(double[] Array, int Index)> states, double v, double[] s, double h)
    {
        var state = sim.CellGroup;
        Set(snapshot, state, node, states, v, s);
        state.Dt = h;
        foreach (var m in sim.Mechanisms) m.Kernels.AdvanceState(m.Block, state);
        return [.. states.Select(x => x.Array[x.Index])];
    }

    private static void Set(ModelSnapshot snapshot, CellGroupState state, int node, IReadOnlyList<(double[] Array, int Index)> states, double v, double[] s)
    {
        snapshot.Restore();
        state.V[node] = v;
        state.Rhs[node] = 0;
        state.D[node] = 0;
        for (var i = 0; i < states.Count; i++) states[i].Array[states[i].Index] = s[i];
    }

    /// <summary>Every STATE element of every mechanism instance at <paramref name="node"/>.</summary>
    private static List<(double[] Array, int Index)> StatesAt(Simulation sim, int node)
    {
        var states = new List<(double[], int)>();
        foreach (var m in sim.Mechanisms)
        {
            var block = m.Block;
            for (var instance = 0; instance < block.Count; instance++)
            {
                if (block.NodeIndex[instance] != node) continue;
                foreach (var r in block.Descriptor.Range.Where(r => r.Kind == VariableKind.State))
                    for (var k = 0; k < r.Length; k++) states.Add((block.Fields[r.Field + k], instance));
            }
        }
        return states;
    }
}
