using System.Text.Json;
using static Nrn.Runtime.Tests.Events.EventTestSupport;

namespace Nrn.Runtime.Tests.Events;

/// <summary>tests/golden/events/vecstim.json (tests/oracle/events/make_vecstim_golden.py, NEURON
/// 8.2.2 with NEURON's vecevent.mod): VecStim trains (equal times, times off the dt grid, a vector
/// changed between runs, no vector), the synaptic response they cause, <c>nc.Record(vec)</c>,
/// <c>nc.Record(tvec, idvec, id)</c> and <c>SpikeRecord</c>.</summary>
public sealed class VecStimGoldenTests
{
    private static readonly JsonElement Golden = TestSupport.ReadJson(EventTestSupport.Golden("events", "vecstim.json"));

    private static double[] G(JsonElement e, string name) => TestSupport.Doubles(e.GetProperty(name));

    private sealed record Model(Simulation Sim, Vector Vs3Times, NetCon[] NetCons);

    private static Model Build()
    {
        var sim = NewSimulation();
        var soma = HhSoma(sim);
        var syn = sim.PointProcess("ExpSyn", soma[0.5]);
        syn["tau"] = Golden.GetProperty("synapse").GetProperty("tau").GetDouble();
        syn["e"] = Golden.GetProperty("synapse").GetProperty("e").GetDouble();
        var (vs1, vs2, vs3) = (sim.ArtificialCell("VecStim"), sim.ArtificialCell("VecStim"), sim.ArtificialCell("VecStim"));
        vs1.Call("play", new Vector(G(Golden, "vs1")));
        var t3 = new Vector(G(Golden, "vs3_first"));
        vs3.Call("play", t3);
        NetCon[] netCons =
        [
            sim.NetCon(vs1, syn, delay: 1, weight: 0.01),
            sim.NetCon(vs3, syn, delay: 0.5, weight: 0.005),
            sim.NetCon(soma[0.5], null, threshold: 0),
            sim.NetCon(vs2, null),
        ];
        sim.Dt = Golden.GetProperty("dt").GetDouble();
        return new Model(sim, t3, netCons);
    }

    private static void Run(Simulation sim)
    {
        sim.FInitialize(Golden.GetProperty("v_init").GetDouble());
        sim.ContinueRun(Golden.GetProperty("tstop").GetDouble());
    }

    [Fact]
    public void TrainsAndNetConRecordingsMatchNeuron()
    {
        var (sim, t3, netCons) = Build();
        var (vs1, vs3, somaT, somaId) = (new Vector(), new Vector(), new Vector(), new Vector());
        netCons[0].Record(vs1);
        netCons[2].Record(somaT, somaId, 7);
        netCons[1].Record(vs3);
        var runs = Golden.GetProperty("runs").EnumerateArray().ToArray();
        foreach (var (run, times) in new[] { (runs[0], "vs3_first"), (runs[1], "vs3_second") })
        {
            t3.Clear().Append(G(Golden, times));
            Run(sim);
            BuiltinGoldenTests.AssertTimes(G(run, "vs1"), vs1);
            BuiltinGoldenTests.AssertTimes(G(run, "vs3"), vs3);
            BuiltinGoldenTests.AssertTimes(G(run, "soma_t"), somaT);
            Assert.Equal(G(run, "soma_id"), somaId);
        }
        Assert.Equal(Golden.GetProperty("netcon_count").GetInt32(), sim.NetCons().Count);
    }

    [Fact]
    public void SpikeRecordMatchesNeuronsSpikeRecordWithGidsInSourceOrder()
    {
        var (sim, t3, _) = Build();
        t3.Clear().Append(G(Golden, "vs3_second"));
        var (times, ids) = (new Vector(), new Vector());
        sim.SpikeRecord(times, ids);
        Run(sim);
        var expected = Golden.GetProperty("spike_record");
        BuiltinGoldenTests.AssertTimes(G(expected, "t"), times);
        Assert.Equal(G(expected, "id"), ids);
    }

    [Fact]
    public void AVecStimWithoutNetConsRunsAndAnEmptyOrStoppedOneNeverFires()
    {
        var sim = NewSimulation();
        var lonely = sim.ArtificialCell("VecStim");
        lonely.Call("play", new Vector([1.0, 2.0]));
        sim.FInitialize(-65);
        sim.ContinueRun(5);
        var fired = new Vector();
        sim.NetCon(lonely, null).Record(fired);
        sim.FInitialize(-65);
        sim.ContinueRun(5);
        Assert.Equal([1.0, 2.0], fired.ToArray());

        var other = NewSimulation();
        var empty = other.ArtificialCell("VecStim");
        empty.Call("play", new Vector());
        var stopped = other.ArtificialCell("VecStim");
        stopped.Call("play", new Vector([1.0]));
        stopped.Call("play");
        var spikes = new Vector();
        other.NetCon(empty, null).Record(spikes);
        other.NetCon(stopped, null).Record(spikes);
        other.FInitialize(-65);
        other.ContinueRun(5);
        Assert.Empty(spikes);
    }

    [Fact]
    public void UnsortedTimesStopTheRunNamingTheCell()
    {
        var sim = NewSimulation();
        var vs = sim.ArtificialCell("VecStim");
        vs.Call("play", new Vector([3.0, 1.0]));
        sim.NetCon(vs, null);
        sim.FInitialize(-65);
        var error = Assert.Throws<InvalidOperationException>(() => sim.ContinueRun(5));
        Assert.Contains("VecStim[0]", error.Message);
    }
}
