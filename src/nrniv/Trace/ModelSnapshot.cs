using Nrn;
using Nrn.Abi;

namespace Nrniv.Trace;

/// <summary>Copies of every array the kernels may write (node voltages and matrix, mechanism
/// fields and globals, ion fields), so that kernels can be evaluated at perturbed states and
/// the model put back exactly as it was.</summary>
internal sealed class ModelSnapshot
{
    private readonly List<(double[] Live, double[] Saved)> _arrays = [];
    private readonly CellGroupState _state;
    private readonly double _dt;

    public ModelSnapshot(Simulation sim)
    {
        _state = sim.CellGroup;
        _dt = _state.Dt;
        var seen = new HashSet<double[]>(ReferenceEqualityComparer.Instance);
        void Keep(double[] array)
        {
            if (seen.Add(array)) _arrays.Add((array, (double[])array.Clone()));
        }
        Keep(_state.V);
        Keep(_state.Rhs);
        Keep(_state.D);
        foreach (var m in sim.Mechanisms)
        {
            foreach (var field in m.Block.Fields) Keep(field);
            Keep(m.Block.Globals);
            foreach (var ion in m.Block.Ions)
                foreach (var field in ion.Fields) Keep(field);
        }
    }

    public void Restore()
    {
        foreach (var (live, saved) in _arrays) saved.CopyTo(live, 0);
        _state.Dt = _dt;
    }
}
