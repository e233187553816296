namespace BuildBenchmark;

/// <summary>A mod-folder compiler as the benchmark runs it: a command started in the folder (with
/// its environment), and the file whose presence after a run says it built.</summary>
internal record Compiler(string Name, string Command, IReadOnlyList<string> Arguments, string Library, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>Our nrnivmodl as a .NET assembly started by <c>dotnet</c>, building in its own
    /// process (<c>--no-server</c>): the cold build, Roslyn loaded and JIT-compiled every run.</summary>
    public static Compiler Ours(string name, string assembly) =>
        new(name, "dotnet", [assembly, ".", "--no-server"], "x86_64/nrnmech.dll", new Dictionary<string, string>());

    /// <summary>NEURON's nrnivmodl with the link flags Debian's package needs (its <c>special</c>
    /// executable does not link there; the library is what a user loads).</summary>
    public static Compiler Neuron(string command) =>
        new("NEURON nrnivmodl", command, ["-loadflags", "-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn"], "x86_64/libnrnmech.so", new Dictionary<string, string>());

    public virtual ChildProcess.Result Build(string folder)
    {
        var result = ChildProcess.Run(Command, Arguments, folder, Environment);
        if (!File.Exists(Path.Combine(folder, Library)))
            throw new InvalidOperationException($"{Name} did not build {Library} in {folder} (exit {result.Exit}):\n{Tail(result.Output)}");
        return result;
    }

    /// <summary>Made ready before the first timed build (a warm server is started and warmed up).</summary>
    public virtual void Prepare(string folder)
    {
    }

    /// <summary>Ends what <see cref="Prepare"/> started.</summary>
    public virtual void Finish()
    {
    }

    public static void Clean(string folder)
    {
        var output = Path.Combine(folder, "x86_64");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    }

    protected static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(20));
}
