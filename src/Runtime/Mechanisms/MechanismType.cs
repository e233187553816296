using Nrn.Abi;

namespace Nrn;

/// <summary>A registered mechanism: its descriptor plus the GLOBAL values shared by every block
/// of this type in one simulation.</summary>
public sealed class MechanismType
{
    internal MechanismType(MechanismDescriptor descriptor, int order)
    {
        Descriptor = descriptor;
        Order = order;
        var length = descriptor.Globals.Count == 0 ? 0 : descriptor.Globals.Max(g => g.Index + g.Length);
        Globals = new double[length];
        foreach (var g in descriptor.Globals)
            for (var k = 0; k < g.Length; k++) Globals[g.Index + k] = g.Default;
    }

    public MechanismDescriptor Descriptor { get; }
    public string Name => Descriptor.Name;

    /// <summary>Registration order; blocks run in this order, as NEURON runs mechanism types in type order.</summary>
    internal int Order { get; }

    public double[] Globals { get; }

    internal RangeVariable? FindRange(string name)
    {
        foreach (var r in Descriptor.Range)
            if (r.Name == name) return r;
        return null;
    }
}
