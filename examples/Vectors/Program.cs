// Vectors and data files of the seeds in C#: "NEURON Python interface strategies" (M. Hines,
// CodeJam 10) -- Vector(range(5)), printf, as_numpy sharing, pickling -- and "Scripting NEURON
// basics" -- the basics run's t and v saved as CSV, JSON and a pickle, read back and compared.
//   dotnet run --project examples/Vectors [-- --out DIR] [--csv FILE]
using Examples;
using Nrn;
using static Nrn.Units;

if (ExampleArguments.Parse(args, "Vectors", "--out", "--csv") is not { } options) return 2;
var folder = options["--out"] ?? ".";
Directory.CreateDirectory(folder);

var v5 = Vector.Range(0, 5);                                 // v = h.Vector(range(5))
Console.Write(v5.Printf());                                  // v.printf()
var npv = v5.AsSpan();                                       // npv = v.as_numpy()
npv[3] = 42;                                                 // npv[3] = 42
Console.WriteLine(PythonText.Float(v5[3]));                  // print(v[3])      -> 42.0

using (var pickle = new MemoryStream())                      // vv = pickle.loads(pickle.dumps(v))
{
    Vector.Range(0, 5).Serialize(pickle);
    pickle.Position = 0;
    Console.Write(Vector.Deserialize(pickle).Printf());      // vv.printf()
}

// The basics cell: soma 20 x 20 um with hh, IClamp 0.9 nA at 2 ms for 0.1 ms, 40 ms from -70 mV.
var sim = new Simulation();
var soma = sim.Section("soma");
soma.L = 20 * um;
soma.Diam = 20 * um;
soma.Insert("hh");
var iclamp = sim.PointProcess("IClamp", soma[0.5]);
iclamp["del"] = 2 * ms;
iclamp["dur"] = 0.1 * ms;
iclamp["amp"] = 0.9 * nA;
var v = new Vector().Record(soma[0.5].Ref("v"));
var t = new Vector().Record(sim.TimeRef());
sim.FInitialize(-70 * mV);
sim.ContinueRun(40 * ms);
var data = new TraceTable().Add("t", t).Add("v", v);

var csvPath = Path.Combine(folder, "data.csv");
data.WriteCsv(csvPath);                                      // csv.writer(f).writerows(zip(t, v))
var fromCsv = TraceTable.ReadCsv(csvPath, ["t", "v"]);       // tnew, vnew = zip(*[[float(val) ...] for row in reader])
Report("CSV", csvPath, fromCsv["t"], fromCsv["v"]);

var jsonPath = Path.Combine(folder, "data.json");
data.WriteJson(jsonPath);                                    // json.dump({'t': list(t), 'v': list(v)}, f, indent=4)
var fromJson = TraceTable.ReadJson(jsonPath);                // data = json.load(f)
Report("JSON", jsonPath, fromJson["t"], fromJson["v"]);

var picklePath = Path.Combine(folder, "data.p");
using (var f = File.Create(picklePath))                      // pickle.dump({'t': t, 'v': v}, f)
{
    t.Serialize(f);
    v.Serialize(f);
}
Vector tnewp, vnewp;
using (var f = File.OpenRead(picklePath))                    // data = pickle.load(f)
{
    tnewp = Vector.Deserialize(f);
    vnewp = Vector.Deserialize(f);
}
Report("binary (pickle)", picklePath, tnewp, vnewp);

if (options["--csv"] is { } csv)
{
    data.WriteCsv(csv);
    Console.WriteLine($"wrote {t.Count} rows of t, v to {csv}");
}
return 0;

void Report(string format, string path, Vector tnew, Vector vnew) =>
    Console.WriteLine($"{format}: {path} read back {tnew.Count} rows, identical to the recorded vectors: {(tnew.BitwiseEquals(t) && vnew.BitwiseEquals(v) ? "True" : "False")}");
