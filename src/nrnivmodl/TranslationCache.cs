using System.Text.Json;
using System.Text.Json.Serialization;
using Nmodl.Codegen.Emit;

namespace Nrnivmodl;

/// <summary>The C# generated for each .mod file in earlier builds, kept in <c>x86_64/cache/</c> so
/// that a rebuild translates only the files that changed. An entry is used only when the compiler,
/// the options, the .mod file and every file it INCLUDEd are exactly those it was made from.</summary>
internal sealed class TranslationCache(string folder, string compiler, string options)
{
    public const string FolderName = "cache";

    /// <summary>One .mod file's translation: what it was made from, the C# it gave, and its
    /// warnings as printed (shown again with -v when the entry is reused).</summary>
    public sealed record Entry(string Compiler, string Options, string ModFile, Dictionary<string, string> Hashes, string Mechanism, GeneratedSource Kernels, GeneratedSource Accessors, string[] Warnings);

    /// <summary>The translation of <paramref name="modFile"/> made from its current contents, or null.</summary>
    public Entry? Find(string modFile)
    {
        var path = EntryPath(modFile);
        if (!File.Exists(path)) return null;
        Entry? entry;
        try
        {
            entry = JsonSerializer.Deserialize(File.ReadAllText(path), CacheJson.Default.Entry);
        }
        catch (JsonException)
        {
            return null;
        }
        return entry is { Warnings: not null } && entry.Compiler == compiler && entry.Options == options
               && entry.ModFile == Path.GetFullPath(modFile) && entry.Hashes.ContainsKey(entry.ModFile) && ContentHash.AllMatch(entry.Hashes)
            ? entry
            : null;
    }

    /// <summary>The hashes of <paramref name="sources"/> (a .mod file and its INCLUDEs) as read now,
    /// to be stored with the translation made from them.</summary>
    public static Dictionary<string, string> HashesOf(IEnumerable<string> sources) =>
        sources.Select(Path.GetFullPath).Distinct().ToDictionary(p => p, ContentHash.Of);

    /// <summary>Records the translation of <paramref name="modFile"/> made from the files in
    /// <paramref name="hashes"/>; written through a temporary file, so an entry is whole or absent.</summary>
    public void Store(string modFile, Dictionary<string, string> hashes, ModularLibrary.Part part, string[] warnings)
    {
        var entry = new Entry(compiler, options, Path.GetFullPath(modFile), hashes, part.Mechanism, part.Kernels, part.Accessors, warnings);
        Directory.CreateDirectory(folder);
        var path = EntryPath(modFile);
        RoslynCompiler.WriteAtomically(path, JsonSerializer.SerializeToUtf8Bytes(entry, CacheJson.Default.Entry));
    }

    /// <summary>Deletes the entries of .mod files that are no longer part of the build.</summary>
    public void Prune(IEnumerable<string> modFiles)
    {
        if (!Directory.Exists(folder)) return;
        var kept = modFiles.Select(EntryPath).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Directory.GetFiles(folder, "*.json").Where(e => !kept.Contains(e))) File.Delete(entry);
    }

    private string EntryPath(string modFile) => Path.Combine(folder, Path.GetFileNameWithoutExtension(modFile) + ".json");
}

/// <summary>The cache's JSON code, generated at compile time: reading an entry then costs no
/// reflection and little JIT, which matters in a short-lived process.</summary>
[JsonSerializable(typeof(TranslationCache.Entry))]
internal sealed partial class CacheJson : JsonSerializerContext;
