using System.Text.Json;
using Xunit.Abstractions;
using static Nrn.Runtime.Tests.Events.EventTestSupport;

namespace Nrn.Runtime.Tests.Events;

/// <summary>tests/golden/events/network.json (tests/oracle/events/make_network_golden.py): a
/// 100-cell random hh network with ExpSyns, voltage-threshold NetCons (shared and individual delays,
/// equal delivery times) and Poisson NetStim drive, rebuilt from the specification in the file.</summary>
[Collection(nameof(SharedRandomCollection))]
public sealed class NetworkGoldenTests(ITestOutputHelper output)
{
    private static readonly JsonElement Golden = TestSupport.ReadJson(EventTestSupport.Golden("events", "network.json"));

    [Fact]
    public void SpikeTimesMatchNeuron()
    {
        var sim = NewSimulation();
        var (spikes, _) = Build(sim);
        sim.Dt = Golden.GetProperty("dt").GetDouble();
        sim.Celsius = Golden.GetProperty("celsius").GetDouble();
        sim.FInitialize(Golden.GetProperty("v_init").GetDouble());
        sim.ContinueRun(Golden.GetProperty("tstop").GetDouble());

        var expected = Golden.GetProperty("spikes").EnumerateArray().Select(TestSupport.Doubles).ToArray();
        var total = 0;
        var maxDiff = 0.0;
        for (var c = 0; c < expected.Length; c++)
        {
            Assert.True(expected[c].Length == spikes[c].Count, $"cell {c}: NEURON {expected[c].Length} spikes, ours {spikes[c].Count}");
            for (var i = 0; i < expected[c].Length; i++) maxDiff = Math.Max(maxDiff, Math.Abs(expected[c][i] - spikes[c][i]));
            total += expected[c].Length;
        }
        output.WriteLine($"{total} spikes in {expected.Length} cells; max |ours - NEURON| = {maxDiff:g3} ms");
        Assert.True(maxDiff <= 1e-9, $"spike times differ from NEURON by up to {maxDiff} ms");
        Assert.True(total > 300, "the network must be active for the comparison to mean something");
    }

    /// <summary>The network of the golden file, objects and NetCons made in its creation order.
    /// Returns the per-cell spike lists and the NetCons.</summary>
    internal static (List<double>[] Spikes, List<NetCon> NetCons) Build(Simulation sim)
    {
        var cell = Golden.GetProperty("cell");
        var cells = Golden.GetProperty("spikes").GetArrayLength();
        var somas = new Section[cells];
        var excitatory = new PointProcess[cells];
        var inhibitory = new PointProcess[cells];
        for (var c = 0; c < cells; c++)
        {
            var soma = sim.Section($"soma{c}");
            soma.L = cell.GetProperty("L").GetDouble();
            soma.Diam = cell.GetProperty("diam").GetDouble();
            soma.Ra = cell.GetProperty("Ra").GetDouble();
            soma.Cm = cell.GetProperty("cm").GetDouble();
            soma.Insert("hh");
            somas[c] = soma;
            excitatory[c] = Synapse(sim, soma, cell.GetProperty("excitatory"));
            inhibitory[c] = Synapse(sim, soma, cell.GetProperty("inhibitory"));
        }
        var stims = Golden.GetProperty("netstims").EnumerateArray().ToArray();
        var netStims = stims.Select(s => NetStim(sim, s.GetProperty("start").GetDouble(), s.GetProperty("interval").GetDouble(),
            s.GetProperty("number").GetDouble(), s.GetProperty("noise").GetDouble())).ToArray();
        var spikes = Enumerable.Range(0, cells).Select(_ => new List<double>()).ToArray();
        var recorded = new bool[cells];
        var netCons = new List<NetCon>();
        var threshold = cell.GetProperty("threshold").GetDouble();
        foreach (var k in Golden.GetProperty("connections").EnumerateArray())
        {
            var pre = k.GetProperty("pre").GetInt32();
            var post = k.GetProperty("post").GetInt32();
            var target = k.GetProperty("synapse").GetString() == "excitatory" ? excitatory[post] : inhibitory[post];
            var nc = new NetCon(somas[pre][0.5], target) { Threshold = threshold, Delay = k.GetProperty("delay").GetDouble() };
            nc.Weight[0] = k.GetProperty("weight").GetDouble();
            netCons.Add(nc);
            if (!recorded[pre])
            {
                nc.Record(spikes[pre]);
                recorded[pre] = true;
            }
        }
        for (var s = 0; s < stims.Length; s++)
            foreach (var t in stims[s].GetProperty("targets").EnumerateArray())
                netCons.Add(Connect(netStims[s], excitatory[t.GetProperty("cell").GetInt32()], t.GetProperty("weight").GetDouble(), t.GetProperty("delay").GetDouble()));
        Nrn.Abi.ScopRandom.SetSeed(Golden.GetProperty("netstim_seed").GetDouble());
        return (spikes, netCons);
    }

    private static PointProcess Synapse(Simulation sim, Section soma, JsonElement parameters)
    {
        var syn = sim.PointProcess("ExpSyn", soma[0.5]);
        syn["tau"] = parameters.GetProperty("tau").GetDouble();
        syn["e"] = parameters.GetProperty("e").GetDouble();
        return syn;
    }
}
