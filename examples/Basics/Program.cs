// "Scripting NEURON basics" in C#: one soma with hh and an IClamp, v(t) at its centre.
// Build the built-in mechanisms first:  dotnet run --project src/nrnivmodl -- mod
// then:                                 dotnet run --project examples/Basics [-- --csv v.csv] [--mechs PATH]
using System.Globalization;
using System.Text.Json;
using Basics;
using Nrn;
using static Nrn.Units;

if (BasicsOptions.Parse(args) is not { } options) return 2;
if (!File.Exists(options.Mechanisms))
{
    Console.Error.WriteLine($"basics: no mechanism library at '{options.Mechanisms}'; build it with 'nrnivmodl mod' or pass --mechs PATH");
    return 1;
}

var sim = new Simulation();
sim.LoadMechanisms(options.Mechanisms);

var soma = sim.Section("soma");                        // soma = h.Section(name="soma")
Console.Write(sim.Topology());                         // h.topology()
Print(soma.PSection());                                // soma.psection()

soma.L = 20 * um;                                      // soma.L = soma.diam = 20
soma.Diam = 20 * um;
soma.Insert("hh");                                     // soma.insert("hh")
var iclamp = sim.PointProcess("IClamp", soma[0.5]);    // iclamp = h.IClamp(soma(0.5))
iclamp["del"] = 2 * ms;                                // iclamp.delay = 2
iclamp["dur"] = 0.1 * ms;                              // iclamp.dur = 0.1
iclamp["amp"] = 0.9 * nA;                              // iclamp.amp = 0.9
Print(soma.PSection());

var trace = new TraceRecorder(soma[0.5]);              // v = h.Vector().record(soma(0.5)._ref_v); t = ...
sim.AddRecorder(trace);
sim.FInitialize(-70 * mV);                             // h.finitialize(-70 * mV)
sim.ContinueRun(40 * ms);                              // h.continuerun(40 * ms)

if (options.Csv is { } csv)
{
    trace.WriteCsv(csv);
    Console.WriteLine($"wrote {trace.Count} samples to {csv}");
}
else
{
    for (var i = 0; i < trace.Count; i += 40)
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"t = {trace.T[i],6:F3} ms   v = {trace.V[i],9:F4} mV"));
}
return 0;

static void Print(SectionInfo info) =>
    Console.WriteLine(JsonSerializer.Serialize(info, new JsonSerializerOptions { WriteIndented = true }));
