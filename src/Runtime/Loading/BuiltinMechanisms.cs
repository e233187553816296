using System.Reflection;
using System.Runtime.Loader;
using Nrn.Abi;

namespace Nrn;

/// <summary>NEURON's built-in mechanisms (hh, pas, IClamp, ...): the .mod files of the repository's
/// <c>mod/</c> folder, compiled by our own nrnivmodl during the build into <c>Nrn.Builtins.dll</c>,
/// which ships beside <c>Nrn.Runtime.dll</c> in every program that references the Builtins project.
/// As NEURON always has them, every <c>new Simulation()</c> registers them, in NEURON's type order.</summary>
public static class BuiltinMechanisms
{
    /// <summary>The name of the assembly the build compiles <c>mod/</c> into.</summary>
    public const string AssemblyName = "Nrn.Builtins";

    private static readonly Lazy<Assembly?> Library = new(Find);

    /// <summary>Whether <c>Nrn.Builtins.dll</c> is part of this program.</summary>
    public static bool Available => Library.Value is not null;

    /// <summary>Where the built-ins were loaded from, or null when the program has none.</summary>
    public static string? Location => Library.Value?.Location;

    /// <summary>A fresh descriptor of every built-in, in NEURON's type order; empty when the
    /// program does not ship <c>Nrn.Builtins.dll</c>.</summary>
    public static IReadOnlyList<MechanismDescriptor> Descriptors() =>
        Library.Value is { } assembly ? MechanismTypeOrder.Sort(MechanismLibrary.Descriptors(assembly, assembly.Location)) : [];

    /// <summary>A registry holding the built-ins (what <c>new Simulation()</c> starts with).</summary>
    public static MechanismRegistry NewRegistry()
    {
        var registry = new MechanismRegistry();
        foreach (var descriptor in Descriptors()) registry.Register(descriptor);
        return registry;
    }

    /// <summary>Whether <paramref name="type"/> is one of the built-ins (its descriptor came from
    /// <c>Nrn.Builtins.dll</c>).</summary>
    public static bool IsBuiltin(MechanismType type) =>
        Library.Value is { } assembly && type.Descriptor.CreateKernels.Method.DeclaringType?.Assembly == assembly;

    /// <summary>The program's own <c>Nrn.Builtins</c> (listed in its deps.json), else a copy beside
    /// <c>Nrn.Runtime.dll</c>.</summary>
    private static Assembly? Find()
    {
        try
        {
            return Assembly.Load(new AssemblyName(AssemblyName));
        }
        catch (FileNotFoundException)
        {
            var folder = Path.GetDirectoryName(typeof(BuiltinMechanisms).Assembly.Location);
            var beside = folder is null ? null : Path.Combine(folder, AssemblyName + ".dll");
            return beside is not null && File.Exists(beside) ? AssemblyLoadContext.Default.LoadFromAssemblyPath(beside) : null;
        }
    }
}
