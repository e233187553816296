using Nrn.Abi;

namespace Nrn;

public sealed partial class Simulation
{
    /// <summary>Where NEURON looks for a compiled mechanism library when it starts: the
    /// <c>x86_64</c> folder that <c>nrnivmodl</c> writes in the current directory.</summary>
    public static string DefaultLibraryPath => Path.Combine(Directory.GetCurrentDirectory(), "x86_64", "nrnmech.dll");

    /// <summary>A simulation with NEURON's built-ins, the mechanisms of each library in
    /// <paramref name="libraries"/>, then those of <c>./x86_64/nrnmech.dll</c> when that file
    /// exists, as NEURON's <c>nrniv</c> loads the library <c>nrnivmodl</c> built in the folder it
    /// starts in.</summary>
    public static Simulation WithDefaultMechanisms(params string[] libraries)
    {
        var sim = new Simulation();
        foreach (var library in libraries) sim.LoadMechanisms(library);
        var local = DefaultLibraryPath;
        if (File.Exists(local) && !libraries.Any(l => Path.GetFullPath(l) == local)) sim.LoadMechanisms(local);
        return sim;
    }

    /// <summary>Loads a compiled mechanism library (NEURON's <c>nrn_load_dll</c>) and registers
    /// its mechanisms, NEURON's built-in names among them first in NEURON's type order. A name
    /// that is already registered is an error naming both .mod files; nothing is registered then.
    /// That includes a library redefining a built-in (its own hh.mod), which NEURON refuses too
    /// ("The user defined name already exists: hh"). A library's VecStim (NEURON's examples'
    /// vecevent.mod, which NEURON does not build in) replaces ours while no VecStim exists.</summary>
    public IReadOnlyList<MechanismType> LoadMechanisms(string path)
    {
        var descriptors = MechanismTypeOrder.Sort(MechanismLibrary.Load(path));
        CheckNamesAreNew(descriptors, path);
        foreach (var descriptor in descriptors)
            if (Registry.TryGet(descriptor.Name, out var replaced)) Registry.Remove(replaced);
        return [.. descriptors.Select(Registry.Register)];
    }

    /// <summary>A default mechanism NEURON does not build in, of which no object exists yet.</summary>
    private bool IsReplaceable(MechanismType type) =>
        BuiltinMechanisms.IsBuiltin(type) && MechanismTypeOrder.Replaceable.Contains(type.Descriptor.Name) && !Objects.Any(o => o.Type == type);

    private void CheckNamesAreNew(IReadOnlyList<MechanismDescriptor> descriptors, string path)
    {
        foreach (var group in descriptors.GroupBy(d => d.Name).Where(g => g.Count() > 1))
            throw new InvalidOperationException(
                $"mechanism library '{path}' defines '{group.Key}' twice: in {string.Join(" and ", group.Select(d => d.SourceFile))}");
        foreach (var descriptor in descriptors)
        {
            if (Registry.TryGet(descriptor.Name, out var existing) && !IsReplaceable(existing))
                throw new InvalidOperationException(
                    $"mechanism '{descriptor.Name}' of {descriptor.SourceFile} (library '{path}') is already registered, from {existing.Descriptor.SourceFile}"
                    + (BuiltinMechanisms.IsBuiltin(existing)
                        ? $"; it is one of NEURON's built-ins, which a library may not redefine (NEURON: \"The user defined name already exists: {descriptor.Name}\"): give the .mod file another SUFFIX or POINT_PROCESS name"
                        : ""));
        }
    }
}
