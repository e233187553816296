namespace Nrn;

/// <summary>Where a recorder reads its value: t, or a model variable resolved to (array, index)
/// once per compiled model.</summary>
internal struct RecordedValue
{
    private readonly DataReference? _reference;
    private double[] _array;
    private int _index;
    private int _version;

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

    public readonly string Description => _reference?.Description ?? "t";

    /// <summary>The value now; resolving the reference again only after the model was rebuilt.</summary>
    public double Read()
    {
        if (_reference is null) return Simulation.T;
        if (_version != Simulation.ModelVersion)
        {
            (_array, _index) = _reference.Resolve();
            _version = Simulation.ModelVersion;
        }
        return _array[_index];
    }
}
