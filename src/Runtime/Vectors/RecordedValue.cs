namespace Nrn;

/// <summary>Where a recorder reads its value: t, or a model variable resolved to (array, index)
/// once per compiled model. A variable that leaves the model (its section deleted, its mechanism
/// uninserted) is gone for good: NEURON then drops the recording and keeps the values.</summary>
internal struct RecordedValue
{
    private readonly DataReference? _reference;
    private double[] _array;
    private int _index;
    private int _version;
    private bool _gone;

    private RecordedValue(Simulation simulation, DataReference? reference)
    {
        Simulation = simulation;
        _reference = reference;
        _array = [];
        _version = -1;
    }

    public static RecordedValue Of(DataReference reference) => new(reference.Simulation, reference);

    public static RecordedValue Of(TimeReference time) => new(time.Simulation, null);

    public Simulation Simulation { get; }

    public readonly bool IsTime => _reference is null;

    /// <summary>Whether the value is still in the model, resolving it again only after a rebuild.</summary>
    public bool IsPresent()
    {
        if (_reference is null) return true;
        if (!_gone && _version != Simulation.ModelVersion)
        {
            _gone = !_reference.TryResolve(out _array, out _index);
            _version = Simulation.ModelVersion;
        }
        return !_gone;
    }

    /// <summary>The value now; call only after <see cref="IsPresent"/> said true for this model.</summary>
    public readonly double Read() => _reference is null ? Simulation.T : _array[_index];
}
