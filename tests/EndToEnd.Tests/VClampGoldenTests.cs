using System.Globalization;
using EndToEnd.Tests.Support;
using Nrn;
using Xunit.Abstractions;

namespace EndToEnd.Tests;

/// <summary>mod/VClamp.mod (array PARAMETERs, a LINEAR block solved inside a FUNCTION, SOLVE ...
/// METHOD after_cvode) clamping an hh soma, against NEURON 8.2.2's built-in VClamp
/// (tests/golden/builtins/VClamp, recorded every 0.1 ms with dt = 0.025).</summary>
public sealed class VClampGoldenTests(BuiltinLibrary builtins, ITestOutputHelper output) : IClassFixture<BuiltinLibrary>
{
    [Theory]
    [InlineData("steps.csv", 0.0)]
    [InlineData("steps_tau2.csv", 0.01)]
    public void Three_level_clamp_of_an_hh_soma_matches_NEURON(string csv, double tau2)
    {
        var golden = ReadCsv(Path.Combine(Paths.RepositoryRoot, "tests", "golden", "builtins", "VClamp", csv));
        var sim = new Simulation();
        sim.LoadMechanisms(builtins.LibraryPath);
        var soma = sim.Section("soma");
        soma.L = 20;
        soma.Diam = 20;
        soma.Insert("hh");
        var clamp = sim.PointProcess("VClamp", soma[0.5]);
        double[] dur = [5, 10, 10], amp = [-65, -20, -80];
        for (var k = 0; k < 3; k++)
        {
            clamp["dur", k] = dur[k];
            clamp["amp", k] = amp[k];
        }
        clamp["tau2"] = tau2;
        var recorder = new Recorder(soma[0.5], clamp);
        sim.AddRecorder(recorder);
        sim.FInitialize(-65);
        sim.ContinueRun(30);

        var t = golden["t"];
        var (maxV, maxI) = (0.0, 0.0);
        for (var row = 0; row < t.Length; row++)
        {
            var j = recorder.T.FindIndex(x => Math.Abs(x - t[row]) < 1e-9);
            Assert.True(j >= 0, $"no step at t = {t[row]}");
            maxV = Math.Max(maxV, Math.Abs(recorder.V[j] - golden["v"][row]));
            maxI = Math.Max(maxI, Math.Abs(recorder.I[j] - golden["i"][row]));
        }
        output.WriteLine($"{csv}: max |v - NEURON| = {maxV:g3} mV, max |i - NEURON| = {maxI:g3} nA");
        Assert.True(maxV <= 1e-6, $"v differs from NEURON by {maxV} mV");
        Assert.True(maxI <= 1e-4 * golden["i"].Max(Math.Abs), $"i differs from NEURON by {maxI} nA");
    }

    private static Dictionary<string, double[]> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var names = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray()).ToList();
        return names.Select((n, c) => (n, rows.Select(r => r[c]).ToArray())).ToDictionary(p => p.n, p => p.Item2);
    }

    private sealed class Recorder(Segment segment, MechanismObject clamp) : IRecorder
    {
        public List<double> T { get; } = [];

        public List<double> V { get; } = [];

        public List<double> I { get; } = [];

        public void Record(Simulation simulation)
        {
            T.Add(simulation.T);
            V.Add(segment.V);
            I.Add(clamp["i"]);
        }
    }
}
