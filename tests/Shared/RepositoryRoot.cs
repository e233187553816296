namespace NeuronSharp.Testing;

/// <summary>The directory holding NeuronSharp.sln, found by walking up from the test binaries;
/// shared by every test project (linked in by tests/Directory.Build.props).</summary>
internal static class RepositoryRoot
{
    private static readonly string? Found = Find();

    /// <summary>The repository root, or null when the binaries run outside a checkout.</summary>
    public static string? TryGet() => Found;

    public static string Path => Found ?? throw new DirectoryNotFoundException($"no NeuronSharp.sln above {AppContext.BaseDirectory}");

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NeuronSharp.sln"))) return dir.FullName;
        return null;
    }
}
