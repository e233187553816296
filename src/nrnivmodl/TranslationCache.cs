using System.Text.Json;
using Nmodl.Codegen.Emit;

namespace Nrnivmodl;

/// <summary>The C# generated for each .mod file in earlier builds, kept in <c>x86_64/cache/</c> so
/// that a rebuild translates only the files that changed. An entry is used only when the compiler,
/// the options, the .mod file and every file it INCLUDEd are exactly those it was made from.</summary>
internal sealed class TranslationCache(string folder, string compiler, string options)
{
    public const string FolderName = "cache";

    /// <summary>One .mod file's translation: what it was made from and the C# it gave.</summary>
    public sealed record Entry(string Compiler, string Options, string ModFile, Dictionary<string, string> Hashes, string Mechanism, List<GeneratedSource> Sources);

    /// <summary>The translation of <paramref name="modFile"/> made from its current contents, or null.</summary>
    public Entry? Find(string modFile)
    {
        var path = EntryPath(modFile);
        if (!File.Exists(path)) return null;
        Entry? entry;
        try
        {
            entry = JsonSerializer.Deserialize<Entry>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
        return entry is not null && entry.Compiler == compiler && entry.Options == options
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
    public void Store(string modFile, Dictionary<string, string> hashes, string mechanism, IReadOnlyList<GeneratedSource> generated)
    {
        var entry = new Entry(compiler, options, Path.GetFullPath(modFile), hashes, mechanism, [.. generated]);
        Directory.CreateDirectory(folder);
        var path = EntryPath(modFile);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(entry));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private string EntryPath(string modFile) => Path.Combine(folder, Path.GetFileNameWithoutExtension(modFile) + ".json");
}
