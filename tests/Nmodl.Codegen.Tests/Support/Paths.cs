namespace Nmodl.Codegen.Tests.Support;

public static class Paths
{
    /// <summary>The directory holding NeuronSharp.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot => NeuronSharp.Testing.RepositoryRoot.Path;

    public static string Oracle => Path.Combine(RepositoryRoot, "tests", "Nmodl.Codegen.Tests", "Oracle");
}
