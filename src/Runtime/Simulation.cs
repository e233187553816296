using Nrn.Abi;

namespace Nrn;

/// <summary>Owns a model: sections, mechanisms, point processes, the clock and the standard run
/// (NEURON's <c>h</c> with stdrun.hoc loaded).</summary>
public sealed partial class Simulation
{
    private readonly List<Section> _sections = [];
    private readonly List<MechanismObject> _objects = [];
    private readonly List<IRecorder> _recorders = [];
    private readonly Dictionary<string, int> _objectCounters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IonSpecies> _ions = new(StringComparer.Ordinal);
    private IEventQueue _events = NoEventQueue.Instance;
    private double _t;
    private double _dt = 0.025;
    private double _celsius = 6.3;
    private bool _interleaveCells = true;

    /// <summary>A simulation whose mechanisms are those of <paramref name="registry"/>; by default
    /// NEURON's built-ins (<see cref="BuiltinMechanisms"/>), as NEURON always has them.</summary>
    public Simulation(MechanismRegistry? registry = null)
    {
        Registry = registry ?? BuiltinMechanisms.NewRegistry();
    }

    public MechanismRegistry Registry { get; }

    public MechanismType Register(MechanismDescriptor descriptor) => Registry.Register(descriptor);

    /// <summary>Every section, in creation order (NEURON's <c>allsec()</c>).</summary>
    public IReadOnlyList<Section> AllSec => _sections;

    /// <summary>Point processes and artificial cells, in creation order.</summary>
    internal IReadOnlyList<MechanismObject> Objects => _objects;

    /// <summary>The compiled model while one exists (it is built by finitialize and discarded by structural changes).</summary>
    internal CompiledModel? CompiledModel { get; private set; }

    /// <summary>Creates a section with NEURON's defaults (L 100, diam 500, Ra 35.4, cm 1, nseg 1).</summary>
    public Section Section(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException($"a section needs a name, got '{name}'", nameof(name));
        StructureChanging();
        var section = new Section(this, name);
        _sections.Add(section);
        return section;
    }

    /// <summary>Deletes a section: its children become roots, its point processes go with it.</summary>
    public void DeleteSection(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (!_sections.Contains(section))
            throw new ArgumentException($"section {section.Name} is not in this simulation (already deleted?)", nameof(section));
        StructureChanging();
        foreach (var child in section.Children.ToArray()) child.Disconnect();
        section.Disconnect();
        var removed = _objects.Where(p => p is PointProcess pp && pp.Location.Section == section).ToArray();
        foreach (var item in removed) Forget(item);
        _sections.Remove(section);
        section.Deleted = true;
    }

    /// <summary>Creates point process <paramref name="mechanism"/> at <paramref name="location"/>.</summary>
    public PointProcess PointProcess(string mechanism, Segment location) => new(this, mechanism, location);

    /// <summary>Creates artificial cell <paramref name="mechanism"/> (NEURON's <c>h.NetStim()</c>).</summary>
    public ArtificialCell ArtificialCell(string mechanism) => new(this, mechanism);

    /// <summary>Removes a point process or artificial cell from the model.</summary>
    public void Remove(MechanismObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_objects.Contains(item))
            throw new ArgumentException($"{item.Name} is not in this simulation (already removed?)", nameof(item));
        StructureChanging();
        Forget(item);
    }

    /// <summary>Drops an object; as in hoc, a type's numbering restarts at 0 once none of its objects is left.</summary>
    private void Forget(MechanismObject item)
    {
        _objects.Remove(item);
        item.Removed();
        if (!_objects.Any(o => o.Type == item.Type)) _objectCounters.Remove(item.Type.Name);
    }

    /// <summary>The point processes or artificial cells of one type, in creation order (NEURON's <c>List("IClamp")</c>).</summary>
    public IReadOnlyList<MechanismObject> List(string mechanism)
    {
        if (mechanism == "NetCon")
            throw new ArgumentException("List(\"NetCon\"): NetCons are not mechanism objects; sim.NetCons() lists them in creation order, as NEURON's List(\"NetCon\")", nameof(mechanism));
        var type = Registry.Get(mechanism, "List");
        return [.. _objects.Where(p => p.Type == type)];
    }

    internal IEnumerable<PointProcess> PointProcessesIn(Section section) =>
        _objects.OfType<PointProcess>().Where(p => p.Location.Section == section);

    /// <summary>The next object name of a type: <c>IClamp[0]</c>, <c>IClamp[1]</c>, ... (numbers are not
    /// reused while any object of the type is alive).</summary>
    internal string NameObject(MechanismType type)
    {
        var index = _objectCounters.GetValueOrDefault(type.Name);
        _objectCounters[type.Name] = index + 1;
        return $"{type.Name}[{index}]";
    }

    internal void Adopt(MechanismObject item) => _objects.Add(item);

    /// <summary>The species record of ion <paramref name="name"/>, created with NEURON's defaults on first use.</summary>
    internal IonSpecies Ion(string name, double? valence)
    {
        if (!_ions.TryGetValue(name, out var species))
            _ions[name] = species = IonSpecies.Create(name, valence);
        return species;
    }

    /// <summary>Called before anything that changes the model's structure or geometry: the
    /// compiled model, if any, gives its values back to the sections and is discarded.</summary>
    internal void StructureChanging()
    {
        if (CompiledModel is null) return;
        ModelBuilder.WriteBack(CompiledModel, this);
        CompiledModel = null;
    }

    /// <summary>Counts model compilations: a <see cref="DataReference"/> resolution is valid while this is unchanged.</summary>
    public int ModelVersion { get; private set; }

    internal CompiledModel EnsureModel()
    {
        if (CompiledModel is null)
        {
            CompiledModel = ModelBuilder.Build(this);
            CompiledModel.RandomPlays = RandomPlays;
            try
            {
                ModelBuilder.BindPointers(CompiledModel);
            }
            catch (InvalidOperationException)
            {
                StructureChanging();
                throw;
            }
            ModelVersion++;
        }
        return CompiledModel;
    }

    /// <summary>The Random.play targets (<see cref="NrnRandom.Play"/>).</summary>
    internal RandomPlays RandomPlays { get; } = new();

    internal void CheckOwnReference(DataReference target, string where)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Simulation != this)
            throw new ArgumentException($"{where}: {target} belongs to another simulation", nameof(target));
    }

    internal void RestoreClock(double t, double dt, double celsius)
    {
        _t = t;
        _dt = dt;
        _celsius = celsius;
    }

    internal IReadOnlyDictionary<string, IReadOnlyList<string>> PointProcessNamesIn(Section section) =>
        PointProcessesIn(section)
            .GroupBy(p => p.Type.Name)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Name)]);
}
