namespace Nrn.Abi;

/// <summary>The instances of one mechanism type in one cell group, structure of arrays
/// (NEURON's Memb_list, Arbor's parameter pack). Arrays are padded to a multiple of
/// <see cref="Padding"/> so vector kernels need no bounds checks in their main loop; padding
/// lanes point at node 0 and hold harmless values.</summary>
public sealed class MechanismBlock
{
    public const int Padding = 8;

    public MechanismBlock(MechanismDescriptor descriptor, int count, IonBinding[] ions, double[] globals)
    {
        Descriptor = descriptor;
        Count = count;
        Capacity = (count + Padding - 1) / Padding * Padding;
        NodeIndex = new int[Capacity];
        NodeClasses = new IndexClasses(Capacity);
        Fields = new double[descriptor.FieldCount][];
        for (var f = 0; f < Fields.Length; f++) Fields[f] = new double[Capacity];
        Ions = ions;
        Globals = globals;
        Pointers = new PointerBinding[descriptor.Pointers.Count];
        for (var p = 0; p < Pointers.Length; p++) Pointers[p] = new PointerBinding(Capacity);
    }

    public MechanismDescriptor Descriptor { get; }

    /// <summary>Number of live instances.</summary>
    public int Count { get; }

    /// <summary>Length of every per-instance array (Count rounded up to <see cref="Padding"/>).</summary>
    public int Capacity { get; }

    /// <summary>Node of each instance in the cell group's node arrays.</summary>
    public int[] NodeIndex { get; }

    /// <summary>How the <see cref="NodeIndex"/> entries of each vector chunk relate; see <see cref="ClassifyIndices"/>.</summary>
    public IndexClasses NodeClasses { get; }

    /// <summary>Classifies the node and ion indices of every vector chunk of instances, so that the
    /// SIMD kernels load and store chunks on consecutive nodes as vectors. Call it once the indices
    /// are final; the classes describe the indices as they were then.</summary>
    public void ClassifyIndices()
    {
        NodeClasses.Classify(NodeIndex.AsSpan(0, Count));
        foreach (var ion in Ions) ion.Classes.Classify(ion.Index.AsSpan(0, Count));
    }

    /// <summary>One array per RANGE field (see <see cref="RangeVariable.Field"/>).</summary>
    public double[][] Fields { get; }

    /// <summary>GLOBAL variables, shared by every block of this mechanism type.</summary>
    public double[] Globals { get; }

    /// <summary>One binding per <see cref="MechanismDescriptor.Ions"/> entry, in the same order.</summary>
    public IonBinding[] Ions { get; }

    /// <summary>One binding per <see cref="MechanismDescriptor.Pointers"/> entry, in the same order.</summary>
    public PointerBinding[] Pointers { get; }
}

/// <summary>Where a mechanism's instances find their ion: the species' per-node fields
/// (indexed by <see cref="IonField"/>) and, per instance, the index into them.</summary>
public sealed class IonBinding(double[][] fields, int[] index, double valence)
{
    public double[][] Fields { get; } = fields;
    public int[] Index { get; } = index;

    /// <summary>How the <see cref="Index"/> entries of each vector chunk relate (<see cref="MechanismBlock.ClassifyIndices"/>).</summary>
    public IndexClasses Classes { get; } = new(index.Length);
    public double Valence { get; } = valence;
}

/// <summary>A POINTER variable: per instance, an array and an offset it refers to.</summary>
public sealed class PointerBinding(int capacity)
{
    public double[]?[] Target { get; } = new double[]?[capacity];
    public int[] Offset { get; } = new int[capacity];

    /// <summary>The object VERBATIM code keeps in the POINTER (<c>_p_name</c>), per instance.</summary>
    public Nrn.CLib.HocObjectSlot[] Objects { get; } = [.. Enumerable.Range(0, capacity).Select(_ => new Nrn.CLib.HocObjectSlot())];
}
