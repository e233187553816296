using Nrn.Abi;

namespace Nrn;

/// <summary>A registered mechanism: its descriptor plus the GLOBAL values shared by every block
/// of this type (in every simulation sharing the registry).</summary>
public sealed class MechanismType
{
    internal MechanismType(MechanismDescriptor descriptor)
    {
        Descriptor = descriptor;
        Globals = new double[descriptor.GlobalCount];
        foreach (var g in descriptor.Globals)
            for (var k = 0; k < g.Length; k++) Globals[g.Index + k] = g.Default;
    }

    public MechanismDescriptor Descriptor { get; }
    public string Name => Descriptor.Name;

    /// <summary>GLOBAL values (see <see cref="GlobalVariable.Index"/>), shared by every block of this type.</summary>
    public double[] Globals { get; }

    /// <summary>A GLOBAL variable by name (NEURON's <c>name_suffix</c> without the suffix).</summary>
    public double this[string name, int index = 0]
    {
        get => Globals[GlobalIndex(name, index)];
        set => Globals[GlobalIndex(name, index)] = value;
    }

    private int GlobalIndex(string name, int index)
    {
        var g = Descriptor.Globals.FirstOrDefault(g => g.Name == name)
            ?? throw new ArgumentException($"{Name}: no GLOBAL variable '{name}' (has: {string.Join(", ", Descriptor.Globals.Select(v => v.Name))})");
        if (index < 0 || index >= g.Length)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"{Name}.{name}: index must be in [0, {g.Length - 1}], got {index}");
        return g.Index + index;
    }

    internal int PointerIndex(string pointer, string where)
    {
        var p = Descriptor.Pointers.ToList().IndexOf(pointer);
        return p >= 0 ? p : throw new ArgumentException($"{where}: no POINTER '{pointer}' (has: {string.Join(", ", Descriptor.Pointers)})");
    }

    internal RangeVariable? FindRange(string name)
    {
        foreach (var r in Descriptor.Range)
            if (r.Name == name) return r;
        return null;
    }
}
