namespace Nrnivmodl;

/// <summary>Expands the command-line paths into .mod files: files as given, directories (recursively when asked) sorted.</summary>
internal static class ModFileFinder
{
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, bool recursive, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.mod", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).ToList();
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                notFound.Add(path);
            }
        }
        missing = notFound;
        return files;
    }
}
