using System.Text.Json;
using Xunit.Abstractions;
using static Nrn.Runtime.Tests.Events.EventTestSupport;

namespace Nrn.Runtime.Tests.Events;

/// <summary>tests/golden/events/patternstim.json (tests/oracle/events/make_patternstim_golden.py):
/// a PatternStim replaying 258 (t, gid) pairs, in groups as pattern.mod sends them, into
/// gid_connect connections of three hh cells that have gids; synaptic g at every step and
/// the spike_record raster against NEURON 8.2.2.</summary>
public sealed class PatternStimGoldenTests(ITestOutputHelper output)
{
    private static readonly JsonElement Golden = TestSupport.ReadJson(EventTestSupport.Golden("events", "patternstim.json"));

    [Fact]
    public void ReplayedPairsReachGidConnectionsAsInNeuron()
    {
        var sim = NewSimulation();
        var synapses = new PointProcess[3];
        for (var gid = 0; gid < 3; gid++)
        {
            var soma = HhSoma(sim, $"soma{gid}");
            synapses[gid] = sim.PointProcess("ExpSyn", soma[0.5]);
            synapses[gid]["tau"] = Golden.GetProperty("synapse").GetProperty("tau").GetDouble();
            synapses[gid]["e"] = Golden.GetProperty("synapse").GetProperty("e").GetDouble();
            sim.SetGid(gid, sim.NetCon(soma[0.5], null, threshold: 0));
        }
        foreach (var c in Golden.GetProperty("connections").EnumerateArray())
        {
            var nc = sim.GidConnect(c.GetProperty("gid").GetInt32(), synapses[c.GetProperty("cell").GetInt32()]);
            nc.Weight[0] = c.GetProperty("weight").GetDouble();
            nc.Delay = c.GetProperty("delay").GetDouble();
        }
        var inputs = Golden.GetProperty("inputs");
        var stim = sim.ArtificialCell("PatternStim");
        stim["fake_output"] = inputs.GetProperty("fake_output").GetDouble();
        stim.Call("play", new Vector(TestSupport.Doubles(inputs.GetProperty("t"))), new Vector(TestSupport.Doubles(inputs.GetProperty("gid"))));
        var g = synapses.Select(s => new Vector().Record(s.Ref("g"))).ToArray();
        var (times, ids) = (new Vector(), new Vector());
        sim.SpikeRecord(times, ids);
        sim.Dt = Golden.GetProperty("dt").GetDouble();
        sim.Tstop = Golden.GetProperty("tstop").GetDouble();
        sim.FInitialize(Golden.GetProperty("v_init").GetDouble());
        sim.ContinueRun(sim.Tstop);

        var expected = Golden.GetProperty("g").EnumerateArray().Select(TestSupport.Doubles).ToArray();
        for (var k = 0; k < 3; k++)
        {
            Assert.Equal(expected[k].Length, g[k].Count);
            var max = TestSupport.MaxAbsDifference(expected[k], g[k].ToArray());
            output.WriteLine($"synapse {k}: max |g ours - NEURON| = {max:g3} (peak {expected[k].Max():g3})");
            Assert.True(max <= 1e-12, $"synapse {k}'s g differs from NEURON by {max}");
        }
        var raster = Golden.GetProperty("spike_record");
        BuiltinGoldenTests.AssertTimes(TestSupport.Doubles(raster.GetProperty("t")), times);
        Assert.Equal(TestSupport.Doubles(raster.GetProperty("id")), ids);
    }

    [Fact]
    public void GidMisuseIsRejectedByName()
    {
        var sim = NewSimulation();
        var soma = HhSoma(sim);
        var detector = sim.NetCon(soma[0.5], null);
        sim.SetGid(3, detector);
        var other = sim.NetCon(HhSoma(sim, "other")[0.5], null);
        Assert.Contains("gid 3 already", Assert.Throws<ArgumentException>(() => sim.SetGid(3, other)).Message);
        Assert.Contains("-1", Assert.Throws<ArgumentOutOfRangeException>(() => sim.SetGid(-1, other)).Message);
        Assert.Contains("no source", Assert.Throws<ArgumentException>(() =>
            sim.SetGid(4, new NetCon((MechanismObject?)null, sim.PointProcess("ExpSyn", soma[0.5])))).Message);
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        var noReceive = Assert.Throws<ArgumentException>(() => sim.GidConnect(30, clamp));
        Assert.Contains("IClamp[0]", noReceive.Message);
        Assert.Contains("NET_RECEIVE", noReceive.Message);
        var delay = Assert.Throws<ArgumentOutOfRangeException>(() => sim.NetCon(soma[0.5], sim.PointProcess("ExpSyn", soma[0.5]), delay: -0.5));
        Assert.Contains("delay", delay.Message);
        Assert.Contains("-0.5", delay.Message);
    }
}
