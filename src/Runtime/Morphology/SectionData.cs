using Nrn.Abi;

namespace Nrn;

/// <summary>A density mechanism's values in one section, one array per field, one entry per
/// segment. While a compiled model exists the values live in its block instead
/// (<see cref="Block"/> from <see cref="FirstInstance"/>).</summary>
internal sealed class DensityData(MechanismType type, double[][] values, DataReference?[][] pointers)
{
    public MechanismType Type { get; } = type;
    public double[][] Values { get; set; } = values;

    /// <summary>What each POINTER refers to, per pointer and segment (null: not set).</summary>
    public DataReference?[][] Pointers { get; set; } = pointers;
    public MechanismBlock? Block { get; set; }
    public int FirstInstance { get; set; }

    /// <summary>Distance between the instances of consecutive segments in <see cref="Block"/>: 1, or
    /// the number of interleaved cells whose same section has this mechanism too.</summary>
    public int InstanceStride { get; set; } = 1;

    /// <summary>The instance of segment <paramref name="segment"/> in <see cref="Block"/>.</summary>
    public int Instance(int segment) => FirstInstance + segment * InstanceStride;

    public static DensityData WithDefaults(MechanismType type, int nseg)
    {
        var values = new double[type.Descriptor.FieldCount][];
        for (var f = 0; f < values.Length; f++) values[f] = new double[nseg];
        foreach (var r in type.Descriptor.Range)
            for (var k = 0; k < r.Length; k++) Array.Fill(values[r.Field + k], r.Default);
        var pointers = new DataReference?[type.Descriptor.Pointers.Count][];
        for (var p = 0; p < pointers.Length; p++) pointers[p] = new DataReference?[nseg];
        return new DensityData(type, values, pointers);
    }
}

/// <summary>An ion species' per-segment fields in one section (indexed by <see cref="IonField"/>).</summary>
internal sealed class IonData(IonSpecies species, double[][] values)
{
    public const int FieldCount = 5;
    public IonSpecies Species { get; } = species;
    public double[][] Values { get; set; } = values;
    public IonStore? Store { get; set; }
    public int FirstIndex { get; set; }

    public static IonData WithDefaults(IonSpecies species, int nseg)
    {
        var values = new double[FieldCount][];
        for (var f = 0; f < FieldCount; f++)
        {
            values[f] = new double[nseg];
            Array.Fill(values[f], species.Default((IonField)f));
        }
        return new IonData(species, values);
    }
}
