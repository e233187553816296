namespace Nrniv.Tests;

/// <summary>Finds the repository (the folder holding NeuronSharp.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Golden(string relative)
    {
        string path = Path.Combine(Root, "tests", "golden", relative);
        Assert.True(Directory.Exists(path), $"golden folder {path} is missing");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NeuronSharp.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no NeuronSharp.sln above {AppContext.BaseDirectory}");
    }
}
