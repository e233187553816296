using Nrn.Abi;

namespace Nrn;

/// <summary>NEURON sums the currents at a node in mechanism-type order: its built-ins first, in
/// the order NEURON 8.2 registers them, then the mechanisms of loaded libraries. Registering ours
/// in that order makes the sums, and so the traces, agree to the last bit.</summary>
public static class MechanismTypeOrder
{
    /// <summary>NEURON 8.2's built-in mechanisms that are ordinary .mod files, in its type order.</summary>
    public static IReadOnlyList<string> NeuronBuiltins { get; } =
    [
        "pas", "fastpas", "IClamp", "AlphaSynapse", "ExpSyn", "Exp2Syn", "SEClamp", "VClamp", "OClamp",
        "APCount", "hh", "NetStim", "IntFire1", "IntFire2", "IntFire4", "PointProcessMark", "PatternStim",
    ];

    /// <summary>Mechanisms of mod/ that NEURON does not build in but users expect (VecStim, from
    /// NEURON's examples): a library that brings its own replaces ours.</summary>
    public static IReadOnlyList<string> Replaceable { get; } = ["VecStim"];

    /// <summary>NEURON's built-ins first in NEURON's order, then every other mechanism in the
    /// order given (a stable sort).</summary>
    public static IReadOnlyList<MechanismDescriptor> Sort(IEnumerable<MechanismDescriptor> descriptors) =>
        [.. descriptors.Select((d, i) => (Descriptor: d, Position: i))
            .OrderBy(x => Rank(x.Descriptor.Name))
            .ThenBy(x => x.Position)
            .Select(x => x.Descriptor)];

    private static int Rank(string name)
    {
        for (var i = 0; i < NeuronBuiltins.Count; i++)
            if (NeuronBuiltins[i] == name) return i;
        return NeuronBuiltins.Count;
    }
}
