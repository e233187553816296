namespace WholeSimulation;

/// <summary>Where the benchmark's inputs are: the repository root is the directory holding
/// NeuronSharp.sln, found from the working directory or from the program's own location.</summary>
public sealed record RepositoryLayout(string Root)
{
    public string ModDirectory => Path.Combine(Root, "mod");

    public string Models => Path.Combine(Root, "benchmarks", "neuron", "models.json");

    public string NeuronScript => Path.Combine(Root, "benchmarks", "neuron", "bench_neuron.py");

    /// <summary>The interpreter named by the NEURON script's <c>#!</c> line, else python3 from PATH.</summary>
    public string NeuronPython()
    {
        var first = File.Exists(NeuronScript) ? File.ReadLines(NeuronScript).FirstOrDefault() : null;
        return first is not null && first.StartsWith("#!", StringComparison.Ordinal) ? first[2..].Trim() : "python3";
    }

    public static RepositoryLayout Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "NeuronSharp.sln")))
                    return new RepositoryLayout(dir.FullName);
        throw new BenchmarkException("cannot find the repository (no NeuronSharp.sln above the working directory or the program)");
    }
}
