namespace Nmodl.Parser.Tests.Units;

/// <summary>Finds files of the repository (the directory holding NeuronSharp.sln) from the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NeuronSharp.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No NeuronSharp.sln above {AppContext.BaseDirectory}");
    }
}
