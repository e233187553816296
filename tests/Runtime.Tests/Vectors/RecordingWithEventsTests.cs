using System.Text.Json;
using Nrn.Runtime.Tests.Events;
using Xunit.Abstractions;

namespace Nrn.Runtime.Tests.Vectors;

/// <summary>Vector.Record(ref, Dt) where NetCon and self events fall on or a few ulps beside the
/// sampling times: the samples must be NEURON's, which takes them with events of its own queue
/// (golden/record_events_golden.json from oracle/make_record_events_golden.py).</summary>
public sealed class RecordingWithEventsTests(ITestOutputHelper output)
{
    private static readonly JsonElement Cases = TestSupport.ReadJson(
        Path.Combine(TestSupport.RepoRoot, "tests", "Runtime.Tests", "Vectors", "golden", "record_events_golden.json")).GetProperty("cases");

    [Theory]
    [InlineData("dt_0.1_delay_0")]
    [InlineData("dt_0.5_delay_0")]
    [InlineData("dt_0.5_delay_1")]
    [InlineData("dt_0.025_delay_0")]
    [InlineData("dt_0.3_delay_0.2")]
    [InlineData("dt_0.01_delay_0")]
    public void SamplesAreNeuronsWhereEventsMeetSamplingTimes(string name)
    {
        var golden = Cases.GetProperty(name);
        var (g, v, t) = RunSynapse(golden.GetProperty("dt_record").GetDouble(), golden.GetProperty("delay").GetDouble());
        foreach (var (column, vector) in new[] { ("t", t), ("g", g), ("v", v) })
        {
            var expected = TestSupport.Doubles(golden.GetProperty(column));
            Assert.True(expected.Length == vector.Count, $"{name} {column}: {vector.Count} samples, NEURON recorded {expected.Length}");
            for (var i = 0; i < expected.Length; i++)
                Assert.True(expected[i].Equals(vector[i]), $"{name} {column}[{i}] (t = {t[i]:R}) = {vector[i]:R}, NEURON recorded {expected[i]:R}");
        }
        output.WriteLine($"{name}: {t.Count} samples of t, g and v, bit-identical to NEURON");
    }

    [Fact]
    public void TheReportedSampleAtT25ShowsTheSynapseAfterTheEvent()
    {
        var (g, _, t) = RunSynapse(0.1, 0);
        Assert.Equal(25.000000000000085, t[250]);
        Assert.Equal(0.01, g[250]);
    }

    [Fact]
    public void TiesGoFirstToTheEventQueuedFirst()
    {
        // Sums of 0.5 are exact, so samples tie with events. Delay 0: the sample of 5 was queued at
        // 4.5, before the NetStim queued its spike at 5, and sees g before it. Delay 1: the NetCon's
        // event at 6 was queued at 5, before the sample of 6 (queued at 5.5), which sees g after it.
        var (g0, _, t0) = RunSynapse(0.5, 0);
        Assert.Equal((5.0, 0.0), (t0[10], g0[10]));
        var (g1, _, t1) = RunSynapse(0.5, 1);
        Assert.Equal((6.0, 0.01), (t1[12], g1[12]));
    }

    [Fact]
    public void StoppedAndReplacedRecordingsEndTheirSamplingEvents()
    {
        var sim = EventTestSupport.NewSimulation();
        var soma = sim.Section("soma");
        var stopped = new Vector().Record(sim.TimeRef(), 0.1);
        var replaced = new Vector().Record(sim.TimeRef(), 0.1);
        sim.FInitialize(-65);
        sim.ContinueRun(1);
        Assert.Equal(10, stopped.Count);
        var network = Network.Of(sim);
        var pending = network.PendingCount;
        stopped.StopRecording();
        replaced.Record(soma[0.5].Ref("v"), 0.2);
        sim.ContinueRun(2);
        Assert.Equal(10, stopped.Count);
        Assert.Equal(10, replaced.Count);
        Assert.Equal(pending - 2, network.PendingCount);
    }

    [Fact]
    public void SamplingWithEventsAllocatesNothingPerStep()
    {
        var (sim, g) = Synapse(0.1, 0);
        // A first run lets the queue's pools and the network's tables reach their size.
        sim.FInitialize(-65);
        sim.ContinueRun(50);
        sim.FInitialize(-65);
        var before = GC.GetAllocatedBytesForCurrentThread();
        sim.ContinueRun(50);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated == 0, $"{allocated} bytes allocated by 2000 steps sampling every 0.1 ms among NetCon and self events");
        Assert.Equal(501, g.Count);
    }

    /// <summary>The oracle's model: passive soma, ExpSyn(0.5), NetStim (start 5, interval 10, number 5)
    /// -> NetCon (weight 0.01), ExpSyn g, v and t recorded every <paramref name="dtRecord"/> to 50 ms.</summary>
    private static (Vector G, Vector V, Vector T) RunSynapse(double dtRecord, double delay)
    {
        var (sim, g) = Synapse(dtRecord, delay);
        var soma = sim.AllSec.Single();
        var v = new Vector().Record(soma[0.5].Ref("v"), dtRecord);
        var t = new Vector().Record(sim.TimeRef(), dtRecord);
        sim.FInitialize(-65);
        sim.ContinueRun(50);
        return (g, v, t);
    }

    /// <summary>The model, with ExpSyn g recorded every <paramref name="dtRecord"/>; dt 0.025, tstop 50.</summary>
    private static (Simulation, Vector G) Synapse(double dtRecord, double delay)
    {
        var sim = EventTestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("pas");
        var syn = sim.PointProcess("ExpSyn", soma[0.5]);
        var stim = EventTestSupport.NetStim(sim, 5, 10, 5);
        EventTestSupport.Connect(stim, syn, 0.01, delay);
        var g = new Vector().Record(syn.Ref("g"), dtRecord);
        sim.Dt = 0.025;
        sim.Tstop = 50;
        return (sim, g);
    }
}
