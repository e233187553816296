using BuildBenchmark;

// Wall and CPU time of nrnivmodl builds (clean, no change, one file changed) of a 10-file and a
// 50-file folder: ours as built (JIT) and published ReadyToRun, in-process (cold) and with its compile
// server running (warm), and NEURON's nrnivmodl, in one run.
var repeat = 3;
var neuron = true;
var readyToRun = true;
for (var k = 0; k < args.Length; k++)
{
    switch (args[k])
    {
        case "--repeat" when k + 1 < args.Length && int.TryParse(args[k + 1], out var n) && n > 0:
            repeat = n;
            k++;
            break;
        case "--no-neuron":
            neuron = false;
            break;
        case "--no-r2r":
            readyToRun = false;
            break;
        default:
            Console.Error.WriteLine($"build benchmark: unknown argument '{args[k]}'");
            Console.Error.WriteLine("usage: dotnet run -c Release --project benchmarks/Build -- [--repeat N] [--no-neuron] [--no-r2r]");
            return 2;
    }
}

try
{
    var root = Repository.Root();
    var compilers = new List<Compiler> { Compiler.Ours("ours JIT, cold", Path.Combine(AppContext.BaseDirectory, "nrnivmodl.dll")) };
    if (readyToRun)
    {
        if (ReadyToRun.Publish(root, Path.Combine(AppContext.BaseDirectory, "nrnivmodl-r2r"), Console.Out) is { } published)
        {
            compilers.Add(Compiler.Ours("ours R2R, cold", published));
            compilers.Add(new WarmServer("ours R2R, warm server", published, Directory.CreateTempSubdirectory("build-benchmark-server-").FullName));
        }
    }
    else Console.WriteLine("ReadyToRun: skipped (--no-r2r)");
    if (!neuron) Console.WriteLine("NEURON: skipped (--no-neuron)");
    else if (ChildProcess.FindOnPath("nrnivmodl") is { } neuronCommand) compilers.Add(Compiler.Neuron(neuronCommand));
    else Console.WriteLine("NEURON: nrnivmodl is not on PATH, so NEURON's side is SKIPPED (install NEURON 8.2.2 to compare)");

    var ourMods = Directory.GetFiles(Path.Combine(root, "mod"), "*.mod").Order(StringComparer.Ordinal).ToList();
    var demo = Directory.Exists(ModFolders.DebianDemo) ? Directory.GetFiles(ModFolders.DebianDemo, "*.mod").Order(StringComparer.Ordinal).ToList() : [];
    if (demo.Count == 0) Console.WriteLine($"{ModFolders.DebianDemo} has no .mod files: both folders are made from mod/ alone");
    var tenSources = demo.Count >= 10 ? demo.Take(10).ToList() : ourMods.Take(10).ToList();
    var fiftySources = ourMods.Concat(demo).ToList();
    Console.WriteLine($"10-file folder: {(demo.Count >= 10 ? "NEURON's demo mechanisms" : "the first 10 of mod/")}; 50-file folder: "
        + $"mod/ and the demo mechanisms ({fiftySources.Count} files) copied with renamed mechanisms; {repeat} repeat(s), fastest kept");
    Console.WriteLine($"load average before: {Scenario.LoadAverage()}");

    var work = Directory.CreateTempSubdirectory("build-benchmark-").FullName;
    var rows = new List<Scenario.Row>();
    try
    {
        foreach (var (name, sources, count) in new[] { ("10 files", tenSources, 10), ("50 files", fiftySources, 50) })
        {
            foreach (var compiler in compilers)
            {
                var folder = ModFolders.Make(Path.Combine(work, $"{count}-{rows.Count}"), sources, count);
                rows.Add(Scenario.Measure(compiler, name, folder, repeat, Console.Out));
            }
        }
    }
    finally
    {
        foreach (var compiler in compilers) compiler.Finish();
        Directory.Delete(work, recursive: true);
    }
    Report.Write(rows, Console.Out);
    return 0;
}
catch (Exception e) when (e is InvalidOperationException or IOException)
{
    Console.Error.WriteLine($"build benchmark: {e.Message}");
    return 1;
}
