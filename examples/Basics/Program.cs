// "Scripting NEURON basics" in C#: one soma with hh and an IClamp, v(t) at its centre.
//   dotnet run --project examples/Basics [-- --csv data.csv]
using System.Globalization;
using System.Text.Json;
using Examples;
using Nrn;
using static Nrn.Units;

if (ExampleArguments.Parse(args, "Basics", "--csv") is not { } options) return 2;

var sim = new Simulation();                            // from neuron import h (hh, pas, IClamp... built in)

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

var v = new Vector().Record(soma[0.5].Ref("v"));       // v = h.Vector().record(soma(0.5)._ref_v)
var t = new Vector().Record(sim.TimeRef());            // t = h.Vector().record(h._ref_t)
sim.FInitialize(-70 * mV);                             // h.finitialize(-70 * mV)
sim.ContinueRun(40 * ms);                              // h.continuerun(40 * ms)

if (options["--csv"] is { } csv)
{
    new TraceTable().Add("t", t).Add("v", v).WriteCsv(csv);  // csv.writer(f).writerows(zip(t, v))
    Console.WriteLine($"wrote {t.Count} rows of t, v to {csv}");
}
else
{
    for (var i = 0; i < t.Count; i += 40)
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"t = {t[i],6:F3} ms   v = {v[i],9:F4} mV"));
}
return 0;

static void Print(SectionInfo info) =>
    Console.WriteLine(JsonSerializer.Serialize(info, new JsonSerializerOptions { WriteIndented = true }));
