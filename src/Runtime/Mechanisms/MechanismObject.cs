using Nrn.Abi;

namespace Nrn;

/// <summary>A mechanism that is an object of its own (NEURON's point processes and artificial
/// cells): a name like <c>IClamp[0]</c>, by-name access to its variables, POINTERs and references.</summary>
public abstract class MechanismObject
{
    private protected MechanismObject(Simulation simulation, string mechanism, MechanismKind kind, string creator)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        Simulation = simulation;
        Type = simulation.Registry.Get(mechanism, creator);
        if (Type.Descriptor.Kind != kind)
            throw new ArgumentException($"{creator}: '{mechanism}' is not a{(kind == MechanismKind.ArtificialCell ? "n artificial cell" : " point process")}; "
                + "density mechanisms are inserted with Section.Insert, point processes made with Simulation.PointProcess, artificial cells with Simulation.ArtificialCell");
        Values = new double[Type.Descriptor.FieldCount];
        Pointers = new DataReference?[Type.Descriptor.Pointers.Count];
        PointerObjects = [.. Pointers.Select(_ => new Nrn.CLib.HocObjectSlot())];
        foreach (var r in Type.Descriptor.Range)
            for (var k = 0; k < r.Length; k++) Values[r.Field + k] = r.Default;
        Name = Type.Name;
    }

    /// <summary>Joins the simulation under its object name, once the derived constructor has checked its arguments.</summary>
    private protected void Join()
    {
        Simulation.StructureChanging();
        Name = Simulation.NameObject(Type);
        Simulation.Adopt(this);
        if (Type.Descriptor.HasConstructor) Lifecycle(construct: true);
    }

    /// <summary>Runs the DESTRUCTOR block, as NEURON does when it frees the object.</summary>
    internal void Removed()
    {
        if (Type.Descriptor.HasDestructor) Lifecycle(construct: false);
    }

    /// <summary>CONSTRUCTOR / DESTRUCTOR of the mod file for this object alone, on a one-instance
    /// block over its values (the model is not compiled at creation, and was written back before a
    /// removal). Ions and POINTERs are not connected there.</summary>
    private void Lifecycle(bool construct)
    {
        var descriptor = Type.Descriptor;
        var block = new MechanismBlock(descriptor, 1, [], Type.Globals);
        for (var f = 0; f < Values.Length; f++) block.Fields[f][0] = Values[f];
        var state = new CellGroupState(1, NoEventQueue.Instance) { T = Simulation.T, Dt = Simulation.Dt, Celsius = Simulation.Celsius };
        var kernels = descriptor.CreateKernels();
        if (construct) kernels.Construct(block, state, 0);
        else kernels.Destruct(block, state, 0);
        for (var f = 0; f < Values.Length; f++) Values[f] = block.Fields[f][0];
    }

    public Simulation Simulation { get; }
    public MechanismType Type { get; }

    /// <summary>NEURON's object name, e.g. <c>IClamp[0]</c>.</summary>
    public string Name { get; private set; }

    public override string ToString() => Name;

    /// <summary>Field values while no model is compiled.</summary>
    internal double[] Values { get; }

    /// <summary>What each POINTER refers to (null: not set).</summary>
    internal DataReference?[] Pointers { get; }

    /// <summary>The object each POINTER holds for VERBATIM code (<c>_p_name</c>), kept across model rebuilds.</summary>
    internal Nrn.CLib.HocObjectSlot[] PointerObjects { get; }

    internal MechanismBlock? Block { get; set; }
    internal int Instance { get; set; }

    /// <summary>Where this object lives in the compiled model (compiling it if needed), for the
    /// event system; valid while <see cref="Simulation.ModelVersion"/> is unchanged.</summary>
    public (MechanismBlock Block, int Instance) Placement
    {
        get
        {
            Simulation.EnsureModel();
            return (Block!, Instance);
        }
    }

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

    /// <summary>A reference to one of this object's variables (NEURON's <c>_ref_i</c>), for recording.</summary>
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
}
