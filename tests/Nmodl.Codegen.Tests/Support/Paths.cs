namespace Nmodl.Codegen.Tests.Support;

public static class Paths
{
    /// <summary>The directory holding NeuronSharp.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "NeuronSharp.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException($"no NeuronSharp.sln above {AppContext.BaseDirectory}");
        }
    }

    public static string Oracle => Path.Combine(RepositoryRoot, "tests", "Nmodl.Codegen.Tests", "Oracle");
}
