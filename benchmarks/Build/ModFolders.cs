using System.Text.RegularExpressions;

namespace BuildBenchmark;

/// <summary>The folders the benchmark builds, made at run time in a temporary place: NEURON's
/// demo mechanisms as Debian installs them, and a larger folder of copies of those and of our own
/// mod/ with renamed mechanisms (nothing of other people's is kept in the repository).</summary>
internal static partial class ModFolders
{
    /// <summary>Where Debian's NEURON package installs the .mod files of its demos.</summary>
    public const string DebianDemo = "/usr/share/nrn/demo/release";

    /// <summary>Copies <paramref name="count"/> files into a new folder <paramref name="folder"/>,
    /// cycling through <paramref name="sources"/>; every mechanism name gets a suffix <c>_bN</c>
    /// so that no copy clashes with another or with NEURON's own built-ins.</summary>
    public static string Make(string folder, IReadOnlyList<string> sources, int count)
    {
        Directory.CreateDirectory(folder);
        for (var k = 0; k < count; k++)
        {
            var source = sources[k % sources.Count];
            var copy = k / sources.Count;
            var text = Declaration().Replace(File.ReadAllText(source), m => $"{m.Groups[1].Value}{m.Groups[2].Value}{m.Groups[3].Value}_b{copy}");
            File.WriteAllText(Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(source)}_b{copy}.mod"), text);
        }
        return folder;
    }

    /// <summary>Edits <paramref name="file"/> as a user would: a new FUNCTION, so that the file's
    /// code (not only its text) changes and its mechanism has to be compiled again.</summary>
    public static void Edit(string file, int generation) =>
        File.AppendAllText(file, $"\nFUNCTION benchmark_edit{generation}() {{ benchmark_edit{generation} = {generation} }}\n");

    [GeneratedRegex(@"\b(SUFFIX|POINT_PROCESS|ARTIFICIAL_CELL)(\s+)(\w+)")]
    private static partial Regex Declaration();
}
