namespace BuildBenchmark;

/// <summary>A mod-folder compiler as the benchmark runs it: a command started in the folder, and
/// the file whose presence after a run says it built.</summary>
internal sealed record Compiler(string Name, string Command, IReadOnlyList<string> Arguments, string Library)
{
    /// <summary>Our nrnivmodl as a .NET assembly started by <c>dotnet</c>.</summary>
    public static Compiler Ours(string name, string assembly) => new(name, "dotnet", [assembly, "."], "x86_64/nrnmech.dll");

    /// <summary>NEURON's nrnivmodl with the link flags Debian's package needs (its <c>special</c>
    /// executable does not link there; the library is what a user loads).</summary>
    public static Compiler Neuron(string command) =>
        new("NEURON nrnivmodl", command, ["-loadflags", "-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn"], "x86_64/libnrnmech.so");

    public ChildProcess.Result Build(string folder)
    {
        var result = ChildProcess.Run(Command, Arguments, folder);
        if (!File.Exists(Path.Combine(folder, Library)))
            throw new InvalidOperationException($"{Name} did not build {Library} in {folder} (exit {result.Exit}):\n{Tail(result.Output)}");
        return result;
    }

    public static void Clean(string folder)
    {
        var output = Path.Combine(folder, "x86_64");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(20));
}
