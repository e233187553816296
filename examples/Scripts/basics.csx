// The "Scripting NEURON basics" tutorial as a C# script: one soma with hh and a current clamp.
//   nrniv run examples/Scripts/basics.csx
// in a folder where nrnivmodl compiled NEURON's built-ins (or add --mechs mod).
// Prints the topology and psection() before and after inserting hh and the IClamp, records
// v(t) at the soma's centre, and saves it as data.csv and data.json as the tutorial does.
var indented = new JsonSerializerOptions { WriteIndented = true };

var soma = sim.Section("soma");                             // soma = h.Section(name='soma')
Console.Write(sim.Topology());                              // h.topology()
Console.WriteLine(JsonSerializer.Serialize(soma.PSection(), indented)); // soma.psection()

soma.L = 20 * um;                                           // soma.L = 20
soma.Diam = 20 * um;                                        // soma.diam = 20
soma.Insert("hh");                                          // soma.insert('hh')
Console.WriteLine($"gkbar = {soma[0.5].Mech("hh")["gkbar"]}"); // print(soma(0.5).hh.gkbar)

var iclamp = sim.PointProcess("IClamp", soma[0.5]);         // iclamp = h.IClamp(soma(0.5))
iclamp["del"] = 2 * ms;                                     // iclamp.delay = 2
iclamp["dur"] = 0.1 * ms;                                   // iclamp.dur = 0.1
iclamp["amp"] = 0.9 * nA;                                   // iclamp.amp = 0.9
Console.WriteLine(JsonSerializer.Serialize(soma.PSection(), indented));

var v = new Vector().Record(soma[0.5].Ref("v"));            // v = h.Vector().record(soma(0.5)._ref_v)
var t = new Vector().Record(sim.TimeRef());                 // t = h.Vector().record(h._ref_t)
sim.FInitialize(-70 * mV);                                  // h.finitialize(-70 * mV)
sim.ContinueRun(40 * ms);                                   // h.continuerun(40 * ms)

var data = new TraceTable().Add("t", t).Add("v", v);
data.WriteCsv("data.csv");                                  // csv.writer(f).writerows(zip(t, v))
data.WriteJson("data.json");                                // json.dump({'t': list(t), 'v': list(v)}, f, indent=4)

var fromCsv = TraceTable.ReadCsv("data.csv", ["t", "v"]);   // tnew, vnew = zip(*csv.reader(f))
var fromJson = TraceTable.ReadJson("data.json");            // data = json.load(f)
Console.WriteLine($"{t.Count} samples to t = {t[t.Count - 1]} ms, peak v = {v.Max()} mV");
Console.WriteLine($"read back: data.csv {(fromCsv["v"].BitwiseEquals(v) ? "same" : "DIFFERENT")}, "
    + $"data.json {(fromJson["v"].BitwiseEquals(v) ? "same" : "DIFFERENT")}");
