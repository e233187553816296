namespace Nrn;

/// <summary>One density mechanism at one segment, with by-name access to its range variables.</summary>
public sealed class MechanismAccess
{
    private readonly Segment _segment;
    private readonly DensityData _data;

    internal MechanismAccess(Segment segment, DensityData data)
    {
        _segment = segment;
        _data = data;
    }

    public string Name => _data.Type.Name;

    internal Segment Segment => _segment;

    internal DensityData Data => _data;

    /// <summary>The range variables' names, in declaration order.</summary>
    public IEnumerable<string> VariableNames => _data.Type.Descriptor.Range.Select(r => r.Name);

    public double this[string variable]
    {
        get => this[variable, 0];
        set => this[variable, 0] = value;
    }

    /// <summary>Element <paramref name="index"/> of an array range variable.</summary>
    public double this[string variable, int index]
    {
        get
        {
            var field = Field(variable, index);
            var seg = _segment.Index;
            return _data.Block is { } b ? b.Fields[field][_data.Instance(seg)] : _data.Values[field][seg];
        }
        set
        {
            var field = Field(variable, index);
            var seg = _segment.Index;
            if (_data.Block is { } b) b.Fields[field][_data.Instance(seg)] = value;
            else _data.Values[field][seg] = value;
        }
    }

    /// <summary>A reference to element <paramref name="index"/> of a range variable, for recording
    /// (NEURON's <c>seg.mech._ref_x[index]</c>).</summary>
    public DataReference Ref(string variable, int index = 0)
    {
        var field = Field(variable, index);
        var seg = _segment.Index;
        var data = _data;
        return new DataReference(_segment.Section.Simulation, $"{_segment}.{Name}.{variable}[{index}]",
            () => (data.Block?.Fields[field], data.FirstInstance + seg));
    }

    /// <summary>Points POINTER <paramref name="pointer"/> of this instance at <paramref name="target"/>
    /// (NEURON's <c>h.setpointer(target, pointer, seg.mech)</c>).</summary>
    public void SetPointer(string pointer, DataReference target)
    {
        var p = _data.Type.PointerIndex(pointer, $"{_segment}.{Name}");
        _segment.Section.Simulation.CheckOwnReference(target, $"{_segment}.{Name}");
        _segment.Section.Simulation.StructureChanging();
        _data.Pointers[p][_segment.Index] = target;
    }

    private int Field(string variable, int index)
    {
        var r = _data.Type.FindRange(variable)
            ?? throw new ArgumentException($"{_segment}.{Name}: no range variable '{variable}' (has: {string.Join(", ", VariableNames)})");
        if (index < 0 || index >= r.Length)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"{_segment}.{Name}.{variable}: index must be in [0, {r.Length - 1}], got {index}");
        return r.Field + index;
    }
}
