using Nrn.Abi;

namespace Nrn;

public sealed partial class Section
{
    private readonly List<DensityData> _density = [];
    private readonly List<IonData> _ions = [];

    internal IReadOnlyList<DensityData> DensityMechanisms => _density;
    internal IReadOnlyList<IonData> IonMechanisms => _ions;

    /// <summary>Names of the density mechanisms inserted, in insertion order.</summary>
    public IEnumerable<string> MechanismNames => _density.Select(d => d.Type.Name);

    /// <summary>Inserts density mechanism <paramref name="name"/> in every segment (a no-op if present).</summary>
    public Section Insert(string name)
    {
        var type = Simulation.Registry.Get(name, $"{Name}.insert");
        if (type.Descriptor.Kind != MechanismKind.Density)
            throw new ArgumentException($"{Name}.insert: '{name}' is a {KindText(type.Descriptor.Kind)}, not a density mechanism; create it with Simulation.PointProcess");
        if (Find(name) is not null) return this;
        Changing();
        _density.Add(DensityData.WithDefaults(type, _nseg));
        foreach (var use in type.Descriptor.Ions) EnsureIon(use.Ion, use.Valence);
        return this;
    }

    /// <summary>Removes density mechanism <paramref name="name"/> from every segment.</summary>
    public Section Uninsert(string name)
    {
        Simulation.Registry.Get(name, $"{Name}.uninsert");
        var data = Find(name) ?? throw new ArgumentException($"{Name}.uninsert: mechanism '{name}' is not inserted in {Name}");
        Changing();
        _density.Remove(data);
        return this;
    }

    /// <summary>Whether density mechanism <paramref name="name"/> is inserted (NEURON's <c>has_membrane</c>).</summary>
    public bool HasMembrane(string name) => Find(name) is not null;

    internal DensityData? Find(string name)
    {
        foreach (var d in _density)
            if (d.Type.Name == name) return d;
        return null;
    }

    internal IonData? FindIon(string species)
    {
        foreach (var ion in _ions)
            if (ion.Species.Name == species) return ion;
        return null;
    }

    /// <summary>Makes ion <paramref name="species"/> present in every segment (point processes that use
    /// an ion make it present in their section, as NEURON does).</summary>
    internal IonData EnsureIon(string species, double? valence)
    {
        if (FindIon(species) is { } existing) return existing;
        var ion = IonData.WithDefaults(Simulation.Ion(species, valence), _nseg);
        _ions.Add(ion);
        return ion;
    }

    private static string KindText(MechanismKind kind) => kind switch
    {
        MechanismKind.PointProcess => "point process",
        MechanismKind.ArtificialCell => "artificial cell",
        _ => "density mechanism",
    };
}
