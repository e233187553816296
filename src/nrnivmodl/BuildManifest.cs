using System.Text;
using Nmodl.Codegen.Emit;

namespace Nrnivmodl;

/// <summary>What a built <c>nrnmech.dll</c> was made from: the compiler's identity, the options,
/// and a content hash of every .mod file and every file they INCLUDE. Stored beside the dll, it
/// lets a rebuild with nothing changed do no work.</summary>
internal sealed record BuildManifest(string Compiler, string Options, IReadOnlyList<string> ModFiles, IReadOnlyDictionary<string, string> Hashes, IReadOnlyList<string> Modules)
{
    public const string FileName = "nrnmech.manifest";

    /// <summary>The module ids of the assemblies that decide the generated code; a deterministic
    /// build gives the same ids for the same compiler sources.</summary>
    public static string CompilerIdentity { get; } = string.Join("+",
        new[] { typeof(BuildManifest).Assembly, typeof(Nmodl.Codegen.MechanismCompiler).Assembly, typeof(Nmodl.Parser.Parsing.NmodlParser).Assembly, typeof(Nrn.Abi.MechanismDescriptor).Assembly }
            .Select(a => a.ManifestModule.ModuleVersionId.ToString("N")));

    public static BuildManifest Create(string options, IReadOnlyList<string> modFiles, IEnumerable<string> allSources, IReadOnlyList<string> modules) =>
        new(CompilerIdentity, options, [.. modFiles.Select(Path.GetFullPath)],
            allSources.Select(Path.GetFullPath).Distinct().ToDictionary(p => p, ContentHash.Of), modules);

    /// <summary>True when the same compiler and options would read exactly the same files, with
    /// the same contents, as this manifest records, and the library's modules (in
    /// <paramref name="folder"/>) are all there.</summary>
    public bool IsCurrent(string options, IReadOnlyList<string> modFiles, string folder) =>
        Compiler == CompilerIdentity && Options == options
        && ModFiles.SequenceEqual(modFiles.Select(Path.GetFullPath))
        && Modules.All(m => File.Exists(Path.Combine(folder, m)))
        && ContentHash.AllMatch(Hashes);

    public static BuildManifest? Read(string path)
    {
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        if (lines.Length < 2 || !lines[0].StartsWith("compiler ", StringComparison.Ordinal) || !lines[1].StartsWith("options ", StringComparison.Ordinal))
            return null;
        var modFiles = new List<string>();
        var modules = new List<string>();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(2))
        {
            if (line.StartsWith("module ", StringComparison.Ordinal))
            {
                modules.Add(line["module ".Length..]);
                continue;
            }
            var parts = line.Split(' ', 3);
            if (parts.Length != 3) return null;
            hashes[parts[2]] = parts[1];
            if (parts[0] == "mod") modFiles.Add(parts[2]);
        }
        return new BuildManifest(lines[0]["compiler ".Length..], lines[1]["options ".Length..], modFiles, hashes, modules);
    }

    /// <summary>Writes the manifest through a temporary file, so a crash never leaves half of one.</summary>
    public void Write(string path)
    {
        var text = new StringBuilder().Append("compiler ").AppendLine(Compiler).Append("options ").AppendLine(Options);
        var mods = new HashSet<string>(ModFiles, StringComparer.Ordinal);
        foreach (var file in ModFiles) text.Append("mod ").Append(Hashes[file]).Append(' ').AppendLine(file);
        foreach (var (file, hash) in Hashes.Where(h => !mods.Contains(h.Key)).OrderBy(h => h.Key, StringComparer.Ordinal))
            text.Append("include ").Append(hash).Append(' ').AppendLine(file);
        foreach (var module in Modules) text.Append("module ").AppendLine(module);
        RoslynCompiler.WriteAtomically(path, Encoding.UTF8.GetBytes(text.ToString()));
    }
}
