namespace Nmodl.Codegen.Tests.Verbatim;

/// <summary>Finds the repository (the directory holding NeuronSharp.sln) from the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

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
