using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Nrn;
using Ringtest;
using RingtestBenchmark;

// ringtest's model, ours and NEURON's (neuron_ringtest.py in its own process) on the same machine
// in the same run: run wall and CPU time (finitialize excluded, as ringtest times psolve), events delivered
// per second, and whether the two rasters are identical.
BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
string F(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
var failed = false;
foreach (var (rings, cells) in options.Sizes)
{
    var config = new RingtestConfig(Rings: rings, CellsPerRing: cells, Tstop: options.Tstop);
    Console.WriteLine($"== {rings} rings x {cells} cells, tstop {F(options.Tstop)} ms (load average {Load()})");
    double best = double.MaxValue, bestCpu = double.MaxValue;
    string[] raster = [];
    long events = 0;
    var compartments = 0;
    for (var k = 0; k < options.Repeat; k++)
    {
        var sim = new Simulation();
        var network = new RingNetwork(sim, config);
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        var before = Network.Of(sim).DeliveredEvents;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        sim.ContinueRun(config.Tstop);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        bestCpu = Math.Min(bestCpu, cpuSeconds);
        events = Network.Of(sim).DeliveredEvents - before;
        compartments = network.Compartments;
        raster = [.. network.Raster()];
        best = Math.Min(best, seconds);
        Console.WriteLine($"ours   run {k + 1}: {F(seconds)} s wall, {F(cpuSeconds)} s CPU");
    }
    var steps = config.Tstop / 0.025;
    Console.WriteLine($"ours   best {F(best)} s wall, {F(bestCpu)} s CPU, {compartments} compartments, {F(compartments * steps / best)} compartment-steps/s, {raster.Length} spikes, {events} events, {F(events / best)} events/s");
    if (!options.Neuron) continue;
    var neuron = RunNeuron(options.Python, rings, cells, options.Tstop);
    if (neuron is null)
    {
        Console.WriteLine("NEURON: not run (its Python module could not be started)");
        continue;
    }
    var neuronRun = neuron.Value.GetProperty("run_s").GetDouble();
    var neuronRaster = neuron.Value.GetProperty("raster").EnumerateArray().Select(e => e.GetString()!).ToArray();
    var same = neuronRaster.SequenceEqual(raster);
    failed |= !same;
    var neuronCpu = neuron.Value.GetProperty("run_cpu_s").GetDouble();
    Console.WriteLine($"NEURON run {F(neuronRun)} s wall, {F(neuronCpu)} s CPU, {neuron.Value.GetProperty("compartments").GetInt32()} compartments, {neuronRaster.Length} spikes");
    Console.WriteLine($"speed ratio NEURON/ours = {F(neuronRun / best)} wall, {F(neuronCpu / bestCpu)} CPU; raster {(same ? "identical" : "MISMATCH")} (load average {Load()})");
}
return failed ? 1 : 0;

static JsonElement? RunNeuron(string python, int rings, int cells, double tstop)
{
    var root = new DirectoryInfo(AppContext.BaseDirectory);
    while (root is not null && !File.Exists(Path.Combine(root.FullName, "NeuronSharp.sln"))) root = root.Parent;
    if (root is null) return null;
    var script = Path.Combine(root.FullName, "benchmarks", "Ringtest", "neuron_ringtest.py");
    var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in new[] { script, rings.ToString(CultureInfo.InvariantCulture), cells.ToString(CultureInfo.InvariantCulture), tstop.ToString("R", CultureInfo.InvariantCulture) })
        start.ArgumentList.Add(a);
    try
    {
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.WriteLine($"NEURON failed: {stderr.Result}");
            return null;
        }
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return null;
    }
}
