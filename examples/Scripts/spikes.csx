// Spike times and interspike intervals (Modeling in Python-NEURON): four 50 nA, 0.5 ms pulses at
// 2, 13, 27 and 40 ms into an hh soma; a spike is an upward crossing of 0 mV.
//   nrniv run examples/Scripts/spikes.csx [data.csv]
// Prints the spike times and ISIs as the tutorial does and writes t,v to data.csv (or the file given).
var csv = Args.Count > 0 ? Args[0] : "data.csv";

var soma = sim.Section("soma");
soma.Insert("hh");

var iclamps = new List<PointProcess>();
foreach (var start in new[] { 2.0, 13, 27, 40 })  // for t in [2, 13, 27, 40]:
{
    var clamp = sim.PointProcess("IClamp", soma[0.5]);
    clamp["del"] = start * ms;
    clamp["dur"] = 0.5 * ms;
    clamp["amp"] = 50 * nA;
    iclamps.Add(clamp);
}

var t = new Vector().Record(sim.TimeRef());
var v = new Vector().Record(soma[0.5].Ref("v"));
sim.FInitialize();
sim.ContinueRun(49.5 * ms);

// st = [t[j] for j in range(len(v) - 1) if v[j] <= 0 and v[j + 1] > 0]
var st = Enumerable.Range(0, v.Count - 1).Where(j => v[j] <= 0 && v[j + 1] > 0).Select(j => t[j]).ToList();
Console.WriteLine("spike times:");
Console.WriteLine(PythonList(st));

// isis = [next - last for next, last in zip(st[1:], st[:-1])]
var isis = st.Skip(1).Zip(st, (next, last) => next - last).ToList();
Console.WriteLine("ISIs:");
Console.WriteLine(PythonList(isis));

Console.WriteLine("Number of IClamps:");                  // all_iclamp = h.List('IClamp')
Console.WriteLine(sim.List("IClamp").Count);              // print(all_iclamp.count())

new TraceTable().Add("t", t).Add("v", v).WriteCsv(csv);

static string PythonList(IEnumerable<double> values) => $"[{string.Join(", ", values.Select(x => x.ToString("R")))}]";
