// "Example: Hodgkin-Huxley" of Modeling in Python-NEURON as a C# script: a 50 nA, 0.5 ms current
// pulse at 2 ms fires one action potential in a default-sized hh soma.
//   nrniv run examples/Scripts/hh.csx [data.csv]
// Writes t,v (one row per step) to the file given, data.csv by default.
var csv = Args.Count > 0 ? Args[0] : "data.csv";

var soma = sim.Section("soma");                   // soma = h.Section()
soma.Insert("hh");                                // soma.insert('hh')

var i = sim.PointProcess("IClamp", soma[0.5]);    // i = h.IClamp(soma(0.5))
i["del"] = 2 * ms;                                // i.delay = 2 # ms
i["dur"] = 0.5 * ms;                              // i.dur = 0.5 # ms
i["amp"] = 50 * nA;                               // i.amp = 50 # nA

var t = new Vector().Record(sim.TimeRef());       // t.record(h._ref_t)
var v = new Vector().Record(soma[0.5].Ref("v"));  // v.record(soma(0.5)._ref_v)

sim.FInitialize();                                // h.finitialize()
sim.ContinueRun(49.5 * ms);                       // h.continuerun(49.5)

new TraceTable().Add("t", t).Add("v", v).WriteCsv(csv);
Console.WriteLine($"wrote {t.Count} samples of t, v to {csv}; peak v = {v.Max()} mV at t = {t[v.AsSpan().IndexOf(v.Max())]} ms");
