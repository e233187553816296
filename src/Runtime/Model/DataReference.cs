namespace Nrn;

/// <summary>A value of the model by name (NEURON's <c>_ref_v</c>, <c>_ref_m_hh</c>, a point process'
/// <c>_ref_i</c>): resolved to the array and index that hold it in the compiled model, once per
/// model rather than once per step. A resolution stays valid while <see cref="Simulation.ModelVersion"/>
/// is unchanged.</summary>
public sealed class DataReference
{
    private readonly Func<(double[]? Array, int Index)> _locate;

    internal DataReference(Simulation simulation, string description, Func<(double[]? Array, int Index)> locate)
    {
        Simulation = simulation;
        Description = description;
        _locate = locate;
    }

    public Simulation Simulation { get; }

    /// <summary>What the reference names, e.g. <c>soma(0.5).v</c>.</summary>
    public string Description { get; }

    public override string ToString() => Description;

    /// <summary>The array and index holding the value now (compiling the model if needed).</summary>
    public (double[] Array, int Index) Resolve()
    {
        Simulation.EnsureModel();
        return Locate();
    }

    /// <summary>Like <see cref="Resolve"/>, but false instead of an exception when the value is no
    /// longer part of the model (what a recording needs to stop quietly, as NEURON's does).</summary>
    internal bool TryResolve(out double[] array, out int index)
    {
        Simulation.EnsureModel();
        var (found, at) = _locate();
        array = found ?? [];
        index = at;
        return found is not null && at >= 0;
    }

    /// <summary>The location in a model that is being compiled (its blocks and stores in place).</summary>
    internal (double[] Array, int Index) Locate()
    {
        var (array, index) = _locate();
        return array is not null && index >= 0
            ? (array, index)
            : throw new InvalidOperationException($"{Description} is no longer part of the model (its section was deleted or its mechanism uninserted)");
    }

    public double Value
    {
        get
        {
            var (array, index) = Resolve();
            return array[index];
        }
        set
        {
            var (array, index) = Resolve();
            array[index] = value;
        }
    }
}
