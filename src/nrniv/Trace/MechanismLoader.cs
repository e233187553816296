using Nrn;
using Nrn.Abi;

namespace Nrniv.Trace;

/// <summary>Builds the simulation a trace runs in: NEURON's built-ins, which every simulation has
/// (the protocols need pas, hh, IClamp and NetStim), plus the mechanisms of the user's library,
/// registered after them as NEURON numbers a loaded library's mechanisms.</summary>
public static class MechanismLoader
{
    /// <summary>The built-in mechanisms every protocol may create.</summary>
    public static IReadOnlyList<string> ProtocolBuiltins { get; } = ["pas", "hh", "IClamp", "NetStim"];

    /// <summary>The library file of <paramref name="library"/>: the file itself, or
    /// <c>x86_64/nrnmech.dll</c> inside a folder (as <c>nrnivmodl DIR</c> writes it).</summary>
    public static string LibraryFile(string library)
    {
        if (Directory.Exists(library))
        {
            var inside = Path.Combine(library, "x86_64", "nrnmech.dll");
            if (File.Exists(inside)) return Path.GetFullPath(inside);
            throw new TraceException($"--lib {library}: no x86_64/nrnmech.dll in this folder (build it with nrnivmodl {library})");
        }
        if (File.Exists(library)) return Path.GetFullPath(library);
        throw new TraceException($"--lib {library}: no such file or folder");
    }

    /// <summary>A simulation with the built-ins and the mechanisms of <paramref name="libraryFile"/>
    /// (none when null); <paramref name="defined"/> lists the names the library defines, or the
    /// built-ins' names without a library.</summary>
    public static Simulation Load(string? libraryFile, out IReadOnlyList<string> defined)
    {
        var sim = new Simulation();
        var missing = ProtocolBuiltins.Where(n => !sim.Registry.TryGet(n, out _)).ToList();
        if (missing.Count > 0)
            throw new TraceException($"NEURON's built-ins {string.Join(", ", missing)} are missing (Nrn.Builtins.dll is not beside nrniv)");
        if (libraryFile is null)
        {
            defined = [.. sim.Registry.Types.Select(t => t.Descriptor.Name)];
            return sim;
        }
        try
        {
            defined = [.. sim.LoadMechanisms(libraryFile).Select(t => t.Descriptor.Name)];
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new TraceException($"--lib: cannot load {libraryFile}: {e.Message.ReplaceLineEndings(" ")}", e);
        }
        return sim;
    }
}
