using Nrn.Abi;

namespace Nrn.Runtime.Tests.Model;

/// <summary>Hand-written stand-in for tests/oracle/beforeafter/mods/batest.mod as nocmodl compiles
/// it: each BEFORE/AFTER block counts itself and keeps the t and v it saw; BEFORE BREAKPOINT sets
/// the conductance the current uses, AFTER SOLVE a value the next current uses.</summary>
internal sealed class BeforeAfterMechanism : IMechanismKernels
{
    public static readonly string[] Names =
        ["g", "e", "gnow", "w", "count", "bi", "ini", "ai", "bb", "as", "bs", "tbb", "tas", "tbs", "vbb", "vas", "vbs", "i"];

    private const int G = 0, E = 1, Gnow = 2, W = 3, Count = 4, Bi = 5, Ini = 6, Ai = 7, Bb = 8, As = 9, Bs = 10,
        Tbb = 11, Tas = 12, Tbs = 13, Vbb = 14, Vas = 15, Vbs = 16, I = 17;

    public static MechanismDescriptor Describe(IReadOnlyList<BeforeAfterTiming>? timings) => new(
        "batest", MechanismKind.Density,
        [.. Names.Select((name, k) => new RangeVariable(name, "", k < 2 ? VariableKind.Parameter : VariableKind.Assigned, k == G ? 0.0005 : k == E ? -70 : 0, k))],
        [], [], [], 0, false, "batest.mod (test double)", () => new BeforeAfterMechanism())
    {
        BeforeAfterTimings = timings,
    };

    public void Initialize(MechanismBlock block, CellGroupState state)
    {
        var f = block.Fields;
        for (var k = 0; k < block.Count; k++)
        {
            f[Count][k] += 1;
            f[Ini][k] = f[Count][k];
            f[Gnow][k] = f[G][k];
            f[W][k] = 0;
        }
    }

    public void ComputeCurrent(MechanismBlock block, CellGroupState state)
    {
        var f = block.Fields;
        for (var k = 0; k < block.Count; k++)
        {
            var node = block.NodeIndex[k];
            var v = state.V[node];
            var atDv = f[Gnow][k] * (v + .001 - f[E][k]) + 1e-6 * (f[W][k] + 65);
            var current = f[Gnow][k] * (v - f[E][k]) + 1e-6 * (f[W][k] + 65);
            f[I][k] = current;
            state.Rhs[node] -= current;
            state.D[node] += (atDv - current) / .001;
        }
    }

    public void AdvanceState(MechanismBlock block, CellGroupState state) { }

    public void BeforeAfter(MechanismBlock block, CellGroupState state, BeforeAfterTiming timing)
    {
        var f = block.Fields;
        for (var k = 0; k < block.Count; k++)
        {
            var v = state.V[block.NodeIndex[k]];
            switch (timing)
            {
                case BeforeAfterTiming.BeforeInitial:
                    f[Count][k] = 100;
                    f[Bi][k] = f[Count][k];
                    break;
                case BeforeAfterTiming.AfterInitial:
                    f[Ai][k] = ++f[Count][k];
                    f[W][k] = v;
                    break;
                case BeforeAfterTiming.BeforeBreakpoint:
                    (f[Bb][k], f[Tbb][k], f[Vbb][k]) = (++f[Count][k], state.T, v);
                    f[Gnow][k] = f[G][k] * (1 + 0.5 * Math.Sin(state.T));
                    break;
                case BeforeAfterTiming.AfterSolve:
                    (f[As][k], f[Tas][k], f[Vas][k]) = (++f[Count][k], state.T, v);
                    f[W][k] = v;
                    break;
                case BeforeAfterTiming.BeforeStep:
                    (f[Bs][k], f[Tbs][k], f[Vbs][k]) = (++f[Count][k], state.T, v);
                    break;
            }
        }
    }

    public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag) =>
        throw new NotSupportedException("batest has no NET_RECEIVE");

    public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) =>
        throw new NotSupportedException("batest has no NET_RECEIVE");
}
