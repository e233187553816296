namespace BuildBenchmark;

internal static class Repository
{
    /// <summary>The folder holding NeuronSharp.sln, found upwards from the benchmark's binaries.</summary>
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NeuronSharp.sln"))) return folder.FullName;
        throw new InvalidOperationException($"no NeuronSharp.sln above {AppContext.BaseDirectory}");
    }
}
