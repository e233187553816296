using Xunit.Abstractions;
using static Nrn.Runtime.Tests.Events.EventTestSupport;

namespace Nrn.Runtime.Tests.Events;

/// <summary>Event-driven protocols of tests/golden/builtins (NEURON 8.2.2's built-in ExpSyn,
/// NetStim, IntFire1 and IntFire2, see docs/builtins.md), rebuilt with mod/'s built-ins compiled by our
/// nrnivmodl on our event system.</summary>
[Collection(nameof(SharedRandomCollection))]
public sealed class BuiltinGoldenTests(ITestOutputHelper output)
{
    [Fact]
    public void ExpSynDrivenByNetStimMatchesNeuron()
    {
        var sim = NewSimulation();
        var soma = HhSoma(sim);
        var syn = sim.PointProcess("ExpSyn", soma[0.5]);
        syn["tau"] = 2;
        syn["e"] = 0;
        var ns = NetStim(sim, 5, 7, 6);
        Connect(ns, syn, 0.005, 1);
        var rows = Run(sim, 50, soma[0.5].Ref("v"), syn.Ref("i"), syn.Ref("g"));
        var golden = ReadCsv(Golden("builtins", "ExpSyn", "netstim.csv"));
        Assert.Equal(golden["t"].Length, rows.Count);
        string[] names = ["t", "v", "i", "g"];
        for (var c = 0; c < names.Length; c++)
        {
            var max = TestSupport.MaxAbsDifference(golden[names[c]], [.. rows.Select(r => r[c])]);
            output.WriteLine($"{names[c]}: max |ours - NEURON| = {max:g3}");
            Assert.True(max <= 1e-6, $"{names[c]} differs from NEURON by {max}");
        }
        Assert.True(golden["g"].Max() > 0.004, "the golden trace must show the synaptic events");
    }

    [Fact]
    public void Exp2SynDrivenByNetStimMatchesNeuron()
    {
        var sim = NewSimulation();
        var soma = HhSoma(sim);
        var syn = sim.PointProcess("Exp2Syn", soma[0.5]);
        syn["tau1"] = 0.5;
        syn["tau2"] = 5;
        syn["e"] = 0;
        Connect(NetStim(sim, 5, 7, 6), syn, 0.004, 1);
        var rows = Run(sim, 60, soma[0.5].Ref("v"), syn.Ref("i"), syn.Ref("g"), syn.Ref("A"), syn.Ref("B"));
        var golden = ReadCsv(Golden("builtins", "Exp2Syn", "netstim.csv"));
        Assert.Equal(golden["t"].Length, rows.Count);
        string[] names = ["t", "v", "i", "g", "A", "B"];
        for (var c = 0; c < names.Length; c++)
        {
            var max = TestSupport.MaxAbsDifference(golden[names[c]], [.. rows.Select(r => r[c])]);
            output.WriteLine($"{names[c]}: max |ours - NEURON| = {max:g3}");
            Assert.True(max <= 1e-6, $"{names[c]} differs from NEURON by {max}");
        }
    }

    /// <summary>Two synapses on one node: their currents are summed in instance order before hh's,
    /// as NEURON sums by mechanism type, and the second's tau1 is lowered by INITIAL.</summary>
    [Fact]
    public void TwoExp2SynsMatchNeuron()
    {
        var sim = NewSimulation();
        var soma = HhSoma(sim);
        var a = sim.PointProcess("Exp2Syn", soma[0.5]);
        a["tau1"] = 0.5;
        a["tau2"] = 5;
        a["e"] = 0;
        var b = sim.PointProcess("Exp2Syn", soma[0.5]);
        b["tau1"] = 3;
        b["tau2"] = 3;
        b["e"] = -70;
        var ns = NetStim(sim, 5, 7, 6);
        Connect(ns, a, 0.004, 1);
        Connect(ns, b, 0.002, 3);
        var rows = Run(sim, 60, soma[0.5].Ref("v"), a.Ref("i"), a.Ref("g"), a.Ref("A"), a.Ref("B"),
            b.Ref("i"), b.Ref("g"), b.Ref("A"), b.Ref("B"));
        var golden = ReadCsv(Golden("builtins", "Exp2Syn", "two_synapses.csv"));
        Assert.Equal(golden["t"].Length, rows.Count);
        string[] names = ["t", "v", "a.i", "a.g", "a.A", "a.B", "b.i", "b.g", "b.A", "b.B"];
        for (var c = 0; c < names.Length; c++)
        {
            var max = TestSupport.MaxAbsDifference(golden[names[c]], [.. rows.Select(r => r[c])]);
            output.WriteLine($"{names[c]}: max |ours - NEURON| = {max:g3}");
            Assert.True(max <= 1e-6, $"{names[c]} differs from NEURON by {max}");
        }
        Assert.Equal(2.9997, b["tau1"], 12);
    }

    [Fact]
    public void IntFire1MatchesNeuron()
    {
        var sim = NewSimulation();
        var cell = sim.ArtificialCell("IntFire1");
        cell["tau"] = 10;
        cell["refrac"] = 5;
        var excite = NetStim(sim, 2, 3, 30);
        var inhibit = NetStim(sim, 40.5, 2, 5);
        Connect(excite, cell, 0.4, 0);
        Connect(inhibit, cell, -0.5, 0);
        var spikes = new List<double>();
        new NetCon(cell, null).Record(spikes);
        var rows = Run(sim, 100, cell.Ref("m"));
        var golden = ReadCsv(Golden("builtins", "IntFire1", "netstim.csv"));
        Assert.Equal(golden["t"].Length, rows.Count);
        var maxM = TestSupport.MaxAbsDifference(golden["m"], [.. rows.Select(r => r[1])]);
        output.WriteLine($"m: max |ours - NEURON| = {maxM:g3}");
        Assert.True(maxM <= 1e-12, $"m differs from NEURON by {maxM}");
        var expected = TestSupport.Doubles(TestSupport.ReadJson(Golden("builtins", "IntFire1", "netstim.spikes.json")).GetProperty("spikes"));
        AssertTimes(expected, spikes);
    }

    [Fact]
    public void IntFire2WithNetMoveMatchesNeuron()
    {
        var sim = NewSimulation();
        var driven = sim.ArtificialCell("IntFire2");
        driven["taus"] = 20;
        driven["taum"] = 10;
        driven["ib"] = 0;
        var tonic = sim.ArtificialCell("IntFire2");
        tonic["taus"] = 15;
        tonic["taum"] = 5;
        tonic["ib"] = 1.5;
        var ns = NetStim(sim, 2, 4, 20);
        Connect(ns, driven, 0.3, 0);
        Connect(ns, tonic, -0.1, 0.5);
        var drivenSpikes = new List<double>();
        var tonicSpikes = new List<double>();
        new NetCon(driven, null).Record(drivenSpikes);
        new NetCon(tonic, null).Record(tonicSpikes);
        var rows = Run(sim, 100, driven.Ref("i"), driven.Ref("m"), tonic.Ref("i"), tonic.Ref("m"));
        var golden = ReadCsv(Golden("builtins", "IntFire2", "netstim.csv"));
        Assert.Equal(golden["t"].Length, rows.Count);
        string[] names = ["t", "driven.i", "driven.m", "tonic.i", "tonic.m"];
        for (var c = 0; c < names.Length; c++)
        {
            var max = TestSupport.MaxAbsDifference(golden[names[c]], [.. rows.Select(r => r[c])]);
            output.WriteLine($"{names[c]}: max |ours - NEURON| = {max:g3}");
            Assert.True(max <= 1e-9, $"{names[c]} differs from NEURON by {max}");
        }
        var spikes = TestSupport.ReadJson(Golden("builtins", "IntFire2", "netstim.spikes.json"));
        AssertTimes(TestSupport.Doubles(spikes.GetProperty("driven")), drivenSpikes);
        AssertTimes(TestSupport.Doubles(spikes.GetProperty("tonic")), tonicSpikes);
    }

    [Fact]
    public void NetStimTrainsMatchNeuron()
    {
        var sim = NewSimulation();
        var regular = NetStim(sim, 5, 10, 5);
        var noisy = NetStim(sim, 2, 5, 20, 0.5);
        var poisson = NetStim(sim, 0, 3, 30, 1);
        var gated = NetStim(sim, -1, 4, 100);
        var start = NetStim(sim, 30, 1, 1);
        var stop = NetStim(sim, 60, 1, 1);
        Connect(start, gated, 1, 0);
        Connect(stop, gated, -1, 0);
        var recorded = new Dictionary<string, List<double>>();
        foreach (var (name, cell) in new[] { ("regular", regular), ("noisy", noisy), ("poisson", poisson), ("gated", gated) })
            new NetCon(cell, null).Record(recorded[name] = []);
        Nrn.Abi.ScopRandom.SetSeed(12345);
        Run(sim, 100);
        var golden = TestSupport.ReadJson(Golden("builtins", "NetStim", "trains.spikes.json"));
        foreach (var (name, times) in recorded)
        {
            output.WriteLine($"{name}: {times.Count} spikes");
            AssertTimes(TestSupport.Doubles(golden.GetProperty(name)), times);
        }
    }

    internal static void AssertTimes(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-9, $"spike {i}: NEURON {expected[i]:R}, ours {actual[i]:R}");
    }
}
