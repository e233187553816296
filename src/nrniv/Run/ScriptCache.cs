using System.Text;
using Nrn;

namespace Nrniv.Run;

/// <summary>Compiled scripts on disk, so that running an unchanged script again skips Roslyn.
/// An entry is a folder named by the hash of the script's full path and text, the cache format
/// and the exact runtime and nrniv assemblies it was compiled against; it holds the assembly,
/// its PDB and <c>entry.txt</c> (the entry point and every <c>#load</c>ed file with the hash
/// of its text, checked on each use). Entries are written to a temporary folder and renamed
/// into place, so a reader never sees half an entry.</summary>
internal sealed class ScriptCache(string directory)
{
    private const string Format = "nrniv-run-cache 1";

    public string Directory { get; } = directory;

    /// <summary><c>$XDG_CACHE_HOME/neuronsharp/nrniv-run</c>, or <c>~/.cache/neuronsharp/nrniv-run</c>.</summary>
    public static string DefaultDirectory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (string.IsNullOrEmpty(root))
                root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "neuronsharp", "nrniv-run");
        }
    }

    public static string KeyOf(string scriptPath, string text) => ContentHash.Of(string.Join('\n',
        Format,
        Environment.Version.ToString(),
        typeof(Simulation).Assembly.ManifestModule.ModuleVersionId.ToString(),
        typeof(ScriptCache).Assembly.ManifestModule.ModuleVersionId.ToString(),
        scriptPath,
        text));

    /// <summary>The entry of <paramref name="key"/> when it exists, is complete and no loaded file changed.</summary>
    public CompiledScript? TryLoad(string key)
    {
        var folder = Path.Combine(Directory, key);
        try
        {
            var lines = File.ReadAllLines(Path.Combine(folder, "entry.txt"));
            if (lines.Length < 3 || lines[0] != Format) return null;
            var dependencies = lines.Skip(3).Select(ParseDependency).ToList();
            if (dependencies.Any(d => d is null || !File.Exists(d.Path) || ContentHash.Of(File.ReadAllText(d.Path)) != d.Sha256))
                return null;
            return new CompiledScript(
                File.ReadAllBytes(Path.Combine(folder, "script.dll")), File.ReadAllBytes(Path.Combine(folder, "script.pdb")),
                lines[1], lines[2], dependencies!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="script"/> under <paramref name="key"/>; returns why not when it could
    /// not (an entry that another nrniv stored at the same moment counts as stored).</summary>
    public string? Store(string key, CompiledScript script)
    {
        var folder = Path.Combine(Directory, key);
        var temporary = Path.Combine(Directory, $"{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            System.IO.Directory.CreateDirectory(temporary);
            File.WriteAllBytes(Path.Combine(temporary, "script.dll"), script.Image);
            File.WriteAllBytes(Path.Combine(temporary, "script.pdb"), script.Symbols);
            var entry = new StringBuilder().Append(Format).Append('\n').Append(script.TypeName).Append('\n').Append(script.FactoryName).Append('\n');
            foreach (var dependency in script.Dependencies) entry.Append(dependency.Sha256).Append(' ').Append(dependency.Path).Append('\n');
            File.WriteAllText(Path.Combine(temporary, "entry.txt"), entry.ToString());
            if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
            System.IO.Directory.Move(temporary, folder);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return System.IO.Directory.Exists(folder) && File.Exists(Path.Combine(folder, "entry.txt")) ? null : e.Message;
        }
    }

    private static SourceDependency? ParseDependency(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space <= 0 ? null : new SourceDependency(line[(space + 1)..], line[..space]);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: a stray temporary folder does not affect later runs.
        }
    }
}
