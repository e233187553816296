namespace EndToEnd.Tests.Support;

public static class Paths
{
    /// <summary>The directory holding NeuronSharp.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot => NeuronSharp.Testing.RepositoryRoot.Path;

    public static string BuiltinMods => Path.Combine(RepositoryRoot, "mod");

    public static string SeedGolden => Path.Combine(RepositoryRoot, "..", "shared", "oracle", "golden", "seed_examples.json");
}
