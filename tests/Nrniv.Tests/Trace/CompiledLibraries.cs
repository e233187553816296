using Nrnivmodl;

namespace Nrniv.Tests.Trace;

/// <summary>
/// Mechanism libraries built by our nrnivmodl, once per test collection (the built-ins of mod/ come
/// with nrniv itself): the hand-written mod files of tests/oracle/trace/mods, and each NEURON demo file on its own
/// (two of them declare the same mechanism names). Built on first use in a temporary folder.
/// </summary>
public sealed class CompiledLibraries : IDisposable
{
    public const string DemoFolder = "/usr/share/nrn/demo/release";

    private readonly string _root = Directory.CreateTempSubdirectory("nrniv-trace-libs-").FullName;
    private readonly Dictionary<string, string> _built = [];
    private readonly Lock _lock = new();

    public static string OwnMods => Path.Combine(RepoPaths.Root, "tests", "oracle", "trace", "mods");

    public string Own => Build("own", Directory.GetFiles(OwnMods, "*.mod"));

    /// <summary>The library of one demo file (e.g. khhchan.mod), or null when NEURON's demo folder is not installed.</summary>
    public string? Demo(string file)
    {
        var source = Path.Combine(DemoFolder, file);
        return File.Exists(source) ? Build("demo-" + Path.GetFileNameWithoutExtension(file), [source]) : null;
    }

    private string Build(string key, IEnumerable<string> mods)
    {
        lock (_lock)
        {
            if (_built.TryGetValue(key, out var done)) return done;
            var folder = Path.Combine(_root, key);
            Directory.CreateDirectory(folder);
            foreach (var mod in mods) File.Copy(mod, Path.Combine(folder, Path.GetFileName(mod)));
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = CompilerCommand.Run([folder], output, error);
            if (exit != 0) throw new InvalidOperationException($"nrnivmodl {key} failed ({exit}):\n{output}\n{error}");
            _built[key] = folder;
            return folder;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A loaded assembly may keep its file open; the folder is temporary anyway.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CompiledLibrariesCollection : ICollectionFixture<CompiledLibraries>
{
    public const string Name = "compiled mechanism libraries";
}
