using System.Diagnostics;
using System.Globalization;
using Nrn;
using Ringtest;

// NEURON's ringtest (github.com/neuronsimulator/ringtest) on one process: builds the rings, runs
// them and writes the spike raster as ringtest does, printing the times ringtest prints.
RingtestOptions options;
try
{
    options = RingtestOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
var config = options.Config;
var clock = Stopwatch.StartNew();
var sim = new Simulation();
var network = new RingNetwork(sim, config);
var built = clock.Elapsed.TotalSeconds;
sim.Dt = 0.025;
sim.FInitialize(-65);
var initialized = clock.Elapsed.TotalSeconds;
var delivered = Network.Of(sim).DeliveredEvents;
sim.ContinueRun(config.Tstop);
var run = clock.Elapsed.TotalSeconds - initialized;
delivered = Network.Of(sim).DeliveredEvents - delivered;
File.WriteAllLines(options.Output, network.Raster());
string F(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
Console.WriteLine($"nring={config.Rings} cell per ring={config.CellsPerRing} ncell_per_type={config.CellsPerType} ntype={config.Types}");
Console.WriteLine($"{config.Cells} cells, {network.Compartments} compartments");
Console.WriteLine($"{F(built)}s created rings");
Console.WriteLine($"{F(initialized - built)}s initialized");
Console.WriteLine($"{F(run)}s run");
Console.WriteLine($"wrote {network.SpikeTimes.Count} spikes to {options.Output}");
Console.WriteLine($"events delivered: {delivered} ({F(delivered / run)} events/s)");
Console.WriteLine($"runtime={F(run)}");
return 0;
