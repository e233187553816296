using System.Reflection;
using System.Runtime.Loader;

namespace Nrniv.Run;

/// <summary>A script compiled to an assembly: its image, its portable PDB (so that an exception
/// can be placed at the script's line and column) and the submission factory Roslyn generated.
/// Loading and running it needs no compiler, which is what makes a cached run start fast.</summary>
internal sealed record CompiledScript(
    byte[] Image,
    byte[] Symbols,
    string TypeName,
    string FactoryName,
    IReadOnlyList<SourceDependency> Dependencies)
{
    /// <summary>Loads the assembly into its own context and returns the entry of the script.</summary>
    public LoadedScript Load()
    {
        var context = new AssemblyLoadContext("nrniv-script");
        Assembly assembly;
        using (var image = new MemoryStream(Image, writable: false))
        using (var symbols = new MemoryStream(Symbols, writable: false))
        {
            assembly = context.LoadFromStream(image, symbols);
        }
        var type = assembly.GetType(TypeName, throwOnError: true)!;
        var factory = type.GetMethod(FactoryName, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidDataException($"compiled script has no method {TypeName}.{FactoryName}");
        return new LoadedScript(assembly, factory.CreateDelegate<Func<object?[], Task<object?>>>());
    }
}

/// <summary>A file the script pulled in with <c>#load</c>, with the hash of the text it was compiled from.</summary>
internal sealed record SourceDependency(string Path, string Sha256);
