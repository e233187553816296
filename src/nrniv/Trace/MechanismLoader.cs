using Nrn;
using Nrn.Abi;

namespace Nrniv.Trace;

/// <summary>Builds the simulation a trace runs in: the mechanisms of the user's library plus the
/// built-ins the protocols need (pas, hh, IClamp, NetStim) from the built-in library when the
/// user's does not define them, registered in NEURON's type order so that currents are summed
/// in NEURON's order.</summary>
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

    /// <summary>Where the built-ins are when <c>--builtins</c> is not given: <c>mod/x86_64/nrnmech.dll</c>
    /// in the current folder or the nearest folder above it that has one.</summary>
    public static string? DefaultBuiltins()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "mod", "x86_64", "nrnmech.dll");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>A simulation with the mechanisms of <paramref name="library"/> and the protocol's
    /// built-ins; <paramref name="defined"/> lists the names the library itself defines.</summary>
    public static Simulation Load(string library, string? builtins, out IReadOnlyList<string> defined)
    {
        var user = Read(LibraryFile(library), "--lib");
        defined = [.. user.Select(d => d.Name)];
        var names = defined.ToHashSet(StringComparer.Ordinal);
        var missing = ProtocolBuiltins.Where(n => !names.Contains(n)).ToList();
        var extra = new List<MechanismDescriptor>();
        if (missing.Count > 0)
        {
            var path = builtins ?? DefaultBuiltins()
                ?? throw new TraceException(
                    $"--lib {library} does not define {string.Join(", ", missing)}; give the built-ins with --builtins FILE (nrnivmodl mod builds mod/x86_64/nrnmech.dll)");
            var builtinDescriptors = Read(LibraryFile(path), "--builtins");
            extra.AddRange(builtinDescriptors.Where(d => !names.Contains(d.Name)));
            var stillMissing = missing.Where(n => !extra.Any(d => d.Name == n)).ToList();
            if (stillMissing.Count > 0)
                throw new TraceException($"--builtins {path} does not define {string.Join(", ", stillMissing)}");
        }
        var sim = new Simulation();
        foreach (var descriptor in MechanismTypeOrder.Sort([.. extra, .. user])) sim.Register(descriptor);
        return sim;
    }

    private static IReadOnlyList<MechanismDescriptor> Read(string file, string option)
    {
        try
        {
            return MechanismLibrary.Load(file);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new TraceException($"{option}: cannot load {file}: {e.Message}", e);
        }
    }
}
