namespace Nrniv.Tests;

/// <summary>Finds the repository (the folder holding NeuronSharp.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root => NeuronSharp.Testing.RepositoryRoot.Path;

    public static string Golden(string relative)
    {
        string path = Path.Combine(Root, "tests", "golden", relative);
        Assert.True(Directory.Exists(path), $"golden folder {path} is missing");
        return path;
    }
}
