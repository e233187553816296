// "Modeling in Python-NEURON" (M. Hines, Erice 2015) in C#: a Hodgkin-Huxley soma driven by
// 50 nA current pulses of 0.5 ms; spike times (upward crossings of 0 mV), interspike intervals,
// the number of IClamps, v(t) as CSV and as a plot.
//   dotnet run --project examples/HodgkinHuxley [-- --clamps 1|4] [--csv data.csv] [--svg v.svg]
using Examples;
using HodgkinHuxley;
using Nrn;

if (ExampleArguments.Parse(args, "HodgkinHuxley", "--clamps", "--csv", "--svg") is not { } options) return 2;
double[] starts = (options["--clamps"] ?? "4") switch
{
    "1" => [2],
    "4" => [2, 13, 27, 40],
    var other => [],
};
if (starts.Length == 0)
{
    Console.Error.WriteLine($"HodgkinHuxley: --clamps must be 1 (the first example) or 4 (the spike-time example), got '{options["--clamps"]}'");
    return 2;
}

var sim = new Simulation();
var soma = sim.Section("soma");                            // soma = h.Section()
soma.Insert("hh");                                         // soma.insert('hh')
foreach (var start in starts)                              // for t in [2, 13, 27, 40]:
{
    var clamp = sim.PointProcess("IClamp", soma[0.5]);     //     i = h.IClamp(soma(0.5))
    clamp["del"] = start;                                  //     i.delay = t  # ms
    clamp["dur"] = 0.5;                                    //     i.dur = 0.5  # ms
    clamp["amp"] = 50;                                     //     i.amp = 50   # nA
}

var t = new Vector().Record(sim.TimeRef());                // t = h.Vector(); t.record(h._ref_t)
var v = new Vector().Record(soma[0.5].Ref("v"));           // v = h.Vector(); v.record(soma(0.5)._ref_v)
sim.FInitialize();                                         // h.finitialize()
sim.ContinueRun(49.5);                                     // h.continuerun(49.5)

// st = [t[j] for j in range(len(v) - 1) if v[j] <= 0 and v[j + 1] > 0]
var spikes = Enumerable.Range(0, v.Count - 1).Where(j => v[j] <= 0 && v[j + 1] > 0).Select(j => t[j]).ToList();
Console.WriteLine("spike times:");
Console.WriteLine(PythonText.List(spikes));
// isis = [next - last for next, last in zip(st[1:], st[:-1])]
Console.WriteLine("ISIs:");
Console.WriteLine(PythonText.List(spikes.Skip(1).Zip(spikes, (next, last) => next - last)));
Console.WriteLine("Number of IClamps:");                   // all_iclamp = h.List('IClamp')
Console.WriteLine(sim.List("IClamp").Count);               // print(all_iclamp.count())

if (options["--csv"] is { } csv)
{
    new TraceTable().Add("t", t).Add("v", v).WriteCsv(csv); // csv.writer(f).writerows(zip(*(t, v)))
    Console.WriteLine($"wrote {t.Count} rows of t, v to {csv}");
}
if (options["--svg"] is { } svg)
{
    File.WriteAllText(svg, SvgLinePlot.Render(t, v, "t (ms)", "v (mV)", "soma(0.5).v"));  // pyplot.plot(t, v)
    Console.WriteLine($"drew v(t) into {svg}");
}
return 0;
