namespace EndToEnd.Tests.Support;

public static class Paths
{
    /// <summary>The directory holding NeuronSharp.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string BuiltinMods => Path.Combine(RepositoryRoot, "mod");

    public static string SeedGolden => Path.Combine(RepositoryRoot, "..", "shared", "oracle", "golden", "seed_examples.json");

    /// <summary>This project's own .mod files, copied beside the test binaries.</summary>

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NeuronSharp.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no NeuronSharp.sln above {AppContext.BaseDirectory}");
    }
}
