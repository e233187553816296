using Nrn.Abi;

namespace Nrn;

/// <summary>An instance of a point process (IClamp, ExpSyn, ...) at one location, with by-name
/// access to its range variables. Typed wrappers derive from this class.</summary>
public class PointProcess
{
    private Segment _location;

    public PointProcess(Simulation simulation, string mechanism, Segment location)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        Type = simulation.Registry.Get(mechanism, "PointProcess");
        if (Type.Descriptor.Kind != MechanismKind.PointProcess)
            throw new ArgumentException($"PointProcess: '{mechanism}' is not a point process; insert density mechanisms with Section.Insert");
        CheckLocation(simulation, location);
        Simulation = simulation;
        simulation.StructureChanging();
        Values = new double[Type.Descriptor.FieldCount];
        Pointers = new DataReference?[Type.Descriptor.Pointers.Count];
        foreach (var r in Type.Descriptor.Range)
            for (var k = 0; k < r.Length; k++) Values[r.Field + k] = r.Default;
        _location = AtNode(location);
        AddIons();
        Name = simulation.Adopt(this);
    }

    public Simulation Simulation { get; }
    public MechanismType Type { get; }

    /// <summary>NEURON's object name, e.g. <c>IClamp[0]</c>.</summary>
    public string Name { get; }

    public override string ToString() => Name;

    /// <summary>Where the point process sits: as in NEURON, at a node, so inside a section this is
    /// the centre of the segment holding the requested location.</summary>
    public Segment Location => _location;

    /// <summary>Moves the point process (NEURON's <c>loc</c>).</summary>
    public void Loc(Segment location)
    {
        CheckLocation(Simulation, location);
        Simulation.StructureChanging();
        _location = AtNode(location);
        AddIons();
    }

    /// <summary>Follows its node when the section's nseg changes, as NEURON moves point processes
    /// with the old node that is kept, or to the new segment holding the old node's centre.</summary>
    internal void NsegChanged(int oldNseg, int newNseg)
    {
        var section = _location.Section;
        var x = _location.X;
        if (x == 0 || x == 1) return;
        var old = (int)(section.Arc(x) * oldNseg);
        int slot;
        if (newNseg > oldNseg) slot = (int)(newNseg * ((old + .5) / oldNseg));
        else
        {
            slot = 0;
            while ((old + .5) / oldNseg > (slot + 1.0) / newNseg) slot++;
        }
        var arc = (slot + .5) / newNseg;
        _location = new Segment(section, section.Reversed ? 1 - arc : arc);
    }

    private static Segment AtNode(Segment location) =>
        location.X is 0 or 1 ? location : new Segment(location.Section, location.Section.CentreX(location.Index));

    /// <summary>Field values while no model is compiled.</summary>
    internal double[] Values { get; }

    /// <summary>What each POINTER refers to (null: not set).</summary>
    internal DataReference?[] Pointers { get; }

    internal MechanismBlock? Block { get; set; }
    internal int Instance { get; set; }

    public IEnumerable<string> VariableNames => Type.Descriptor.Range.Select(r => r.Name);

    public double this[string variable]
    {
        get => this[variable, 0];
        set => this[variable, 0] = value;
    }

    public double this[string variable, int index]
    {
        get
        {
            var f = Field(variable, index);
            return Block is { } b ? b.Fields[f][Instance] : Values[f];
        }
        set
        {
            var f = Field(variable, index);
            if (Block is { } b) b.Fields[f][Instance] = value;
            else Values[f] = value;
        }
    }

    /// <summary>Points POINTER <paramref name="pointer"/> at <paramref name="target"/> (NEURON's <c>h.setpointer</c>).</summary>
    public void SetPointer(string pointer, DataReference target)
    {
        var p = Type.PointerIndex(pointer, Name);
        Simulation.CheckOwnReference(target, Name);
        Simulation.StructureChanging();
        Pointers[p] = target;
    }

    /// <summary>A reference to one of this point process' variables (NEURON's <c>_ref_i</c>), for recording.</summary>
    public DataReference Ref(string variable, int index = 0)
    {
        var field = Field(variable, index);
        return new DataReference(Simulation, $"{Name}.{variable}", () => (Block?.Fields[field], Instance));
    }

    private int Field(string variable, int index)
    {
        // NEURON's Python spells NMODL's `del` as `delay`, `del` being a Python keyword.
        var r = Type.FindRange(variable)
            ?? (variable == "delay" ? Type.FindRange("del") : null)
            ?? throw new ArgumentException($"{Name}: no variable '{variable}' (has: {string.Join(", ", VariableNames)})");
        if (index < 0 || index >= r.Length)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"{Name}.{variable}: index must be in [0, {r.Length - 1}], got {index}");
        return r.Field + index;
    }

    private void AddIons()
    {
        foreach (var use in Type.Descriptor.Ions) _location.Section.EnsureIon(use.Ion, use.Valence);
    }

    private static void CheckLocation(Simulation simulation, Segment location)
    {
        ArgumentNullException.ThrowIfNull(location);
        location.Section.CheckNotDeleted();
        if (location.Section.Simulation != simulation)
            throw new ArgumentException($"PointProcess: {location} belongs to another simulation", nameof(location));
    }
}
