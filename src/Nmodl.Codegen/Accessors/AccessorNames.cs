using Nmodl.Codegen.Backends;

namespace Nmodl.Codegen.Accessors;

/// <summary>How NMODL names become the C# names of the typed accessors: the first letter upper
/// case (<c>gnabar</c> to <c>Gnabar</c>, <c>hh</c> to <c>Hh</c>), <c>del</c> spelled <c>Delay</c>
/// as in NEURON's Python, and an underscore appended while a name would collide with another member.</summary>
public static class AccessorNames
{
    public const string Namespace = "Nrn.Mechanisms";

    /// <summary>The class of mechanism <paramref name="mechanism"/>, e.g. <c>Hh</c>, <c>ExpSyn</c>.</summary>
    public static string ClassName(string mechanism) => Pascal(mechanism);

    /// <summary>C# property names for <paramref name="variables"/> (in order), none equal to a name in
    /// <paramref name="taken"/> or to each other.</summary>
    public static IReadOnlyList<string> Properties(IEnumerable<string> variables, IEnumerable<string> taken)
    {
        var used = new HashSet<string>(taken, StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var variable in variables)
        {
            var name = variable == "del" ? "Delay" : Pascal(variable);
            while (!used.Add(name)) name += "_";
            names.Add(name);
        }
        return names;
    }

    private static string Pascal(string name)
    {
        var safe = CSharpNames.Sanitize(name);
        return char.ToUpperInvariant(safe[0]) + safe[1..];
    }
}
