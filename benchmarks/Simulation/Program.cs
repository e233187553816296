using Nmodl.Codegen.Backends;
using WholeSimulation;

try
{
    var arguments = BenchmarkArguments.Parse(args);
    var layout = RepositoryLayout.Find();
    var models = BenchModels.Load(layout.Models);
    var backend = arguments.Scalar ? BackendOptions.Scalar : new BackendOptions();
    var descriptors = arguments.Prebuilt ? Prebuilt() : CompileHere(layout, backend, arguments.Scalar);
    var python = arguments.Python ?? layout.NeuronPython();
    var why = arguments.RunNeuron ? NeuronRun.Unavailable(python) : null;
    if (why is not null) Console.WriteLine($"NEURON's side not run: {why}");
    var runNeuron = arguments.RunNeuron && why is null;
    var allOk = true;
    var results = new List<RunResult>();
    foreach (var scenario in arguments.Scenarios)
    {
        var cells = scenario == "cable" ? arguments.Cells : null;
        RunResult? ours = null;
        for (var r = 0; r < arguments.Repeat; r++)
        {
            var config = (arguments.Scalar ? "scalar" : "simd") + (arguments.Plain ? "-plain" : "") + (arguments.Prebuilt ? "-prebuilt" : "");
            var run = OurRun.Run(models, scenario, cells, descriptors, config, !arguments.Plain, Console.Out);
            Console.WriteLine(run);
            if (ours is null || run.WallSeconds < ours.WallSeconds) ours = run;
        }
        allOk &= ours!.CheckOk;
        results.Add(ours);
        if (!runNeuron) continue;
        foreach (var config in new[] { "default", "cache" })
        {
            var neuron = NeuronRun.Run(python, layout.NeuronScript, scenario, config, cells);
            Console.WriteLine(neuron);
            results.Add(neuron);
            allOk &= neuron.CheckOk;
            Console.WriteLine($"ratio  {scenario,-5} speed ours/NEURON {config,-7}: {neuron.WallSeconds / ours.WallSeconds:F2} by wall time, " +
                $"{neuron.CpuSeconds / ours.CpuSeconds:F2} by CPU time (> 1: we are faster; load {ours.LoadBefore:F1} ours, {neuron.LoadBefore:F1} NEURON)");
        }
    }
    if (arguments.Json is { } path) JsonReport.Write(path, results);
    return allOk ? 0 : 1;
}
catch (Exception e) when (e is BenchmarkException or ArgumentException or InvalidOperationException or IOException)
{
    Console.Error.WriteLine($"Simulation benchmark: {e.Message}");
    return 2;
}

static IReadOnlyList<Nrn.Abi.MechanismDescriptor> CompileHere(RepositoryLayout layout, BackendOptions backend, bool scalar)
{
    var load = LoadAverage.OneMinute();
    var builtins = BuiltinMechanisms.Compile(layout.ModDirectory, backend);
    var again = BuiltinMechanisms.Compile(layout.ModDirectory, backend);
    Console.WriteLine($"compile mod/ ({builtins.FileCount} files, {(scalar ? "scalar" : "SIMD")} backend): " +
        $"first (the compiler itself being JIT-compiled): parse+lower {builtins.FrontEnd.TotalSeconds:F3} s, C# emit+Roslyn {builtins.Roslyn.TotalSeconds:F3} s; " +
        $"second: parse+lower {again.FrontEnd.TotalSeconds:F3} s, C# emit+Roslyn {again.Roslyn.TotalSeconds:F3} s; load={load:F1}");
    if (builtins.WithoutAtTime.Count > 0)
        Console.WriteLine($"compiled without their at_time statements (not supported by our compiler yet; no effect on a fixed step): {string.Join(", ", builtins.WithoutAtTime)}");
    foreach (var rejected in builtins.Rejected) Console.WriteLine($"not compiled (left out):\n{rejected}");
    return builtins.Descriptors;
}

static IReadOnlyList<Nrn.Abi.MechanismDescriptor> Prebuilt()
{
    var descriptors = Nrn.BuiltinMechanisms.Descriptors();
    if (descriptors.Count == 0) throw new BenchmarkException("--prebuilt: Nrn.Builtins.dll is not beside the benchmark");
    Console.WriteLine($"built-ins as the build compiled them: {Nrn.BuiltinMechanisms.Location} ({descriptors.Count} mechanisms, nothing compiled in this process)");
    return descriptors;
}
