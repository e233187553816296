using System.Diagnostics;
using Xunit.Abstractions;
using static Nrn.Runtime.Tests.Events.EventTestSupport;

namespace Nrn.Runtime.Tests.Events;

/// <summary>The event system allocates nothing per step once warm, and its queue stays fast with
/// millions of pending events (rates are reported, not asserted: the machine is shared). Run alone:
/// their large allocations would otherwise trigger collections inside other tests' allocation measurements.</summary>
[Collection(nameof(EventPerformanceTests))]
public sealed class EventPerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void NetworkStepsAllocateNothingOnceWarm()
    {
        var sim = NewSimulation();
        var (spikes, _) = NetworkGoldenTests.Build(sim);
        foreach (var list in spikes) list.Capacity = 1000;
        var times = new List<double>(100_000);
        var ids = new List<double>(100_000);
        sim.SpikeRecord(times, ids);
        sim.FInitialize(-65);
        sim.ContinueRun(40);
        var before = GC.GetAllocatedBytesForCurrentThread();
        sim.ContinueRun(100);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{times.Count} spikes; {allocated} bytes allocated from t = 40 to 100 ms");
        Assert.True(times.Count > 100, "the network must spike during the measured run");
        Assert.True(allocated == 0, $"{allocated} bytes allocated by 2400 steps of a spiking network");
    }

    [Fact]
    public void PlaysAndVecStimsStepWithoutAllocating()
    {
        var sim = NewSimulation();
        var soma = HhSoma(sim);
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        (clamp["del"], clamp["dur"]) = (0, 1e9);
        var times = Vector.Range(0, 200);
        var values = new Vector(times.Select(t => 0.1 * Math.Sin(t)));
        values.Play(clamp.Ref("amp"), times, continuous: true);
        new Vector(times.Select(t => 0.12 + 0.01 * Math.Cos(t))).Play(soma[0.5].Ref("gnabar_hh"), 0.5);
        var syn = sim.PointProcess("ExpSyn", soma[0.5]);
        var stim = sim.ArtificialCell("VecStim");
        stim.Call("play", new Vector(times.Select(t => 0.37 * t)));
        sim.NetCon(stim, syn, delay: 0.3, weight: 0.001);
        sim.FInitialize(-65);
        sim.ContinueRun(20);
        var before = GC.GetAllocatedBytesForCurrentThread();
        sim.ContinueRun(60);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{allocated} bytes allocated from t = 20 to 60 ms with two plays and a VecStim");
        Assert.True(allocated == 0, $"{allocated} bytes allocated by 1600 steps with plays and a VecStim");
        Assert.True(syn["g"] > 0, "the VecStim must drive the synapse during the measured run");
    }

    [Fact]
    public void QueueOrdersMillionsOfEvents()
    {
        const int count = 2_000_000;
        var random = new Random(5);
        var queue = new TimeQueue();
        var times = new double[count];
        for (var i = 0; i < count; i++) times[i] = Math.Round(random.NextDouble() * 1000, 2);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) queue.Insert(i, times[i]);
        var inserted = clock.Elapsed.TotalSeconds;
        var last = double.NegativeInfinity;
        var n = 0;
        var disordered = 0;
        int e;
        while ((e = queue.DequeueDue(double.MaxValue)) >= 0)
        {
            var t = queue.TimeOf(e);
            if (t < last) disordered++;
            last = t;
            n++;
        }
        clock.Stop();
        Assert.Equal(count, n);
        Assert.Equal(0, disordered);
        output.WriteLine($"{count:N0} events: insert {count / inserted / 1e6:F1} M/s, insert+remove {count / clock.Elapsed.TotalSeconds / 1e6:F1} M events/s");
    }

    [Fact]
    public void DeliversMillionsOfPendingEvents()
    {
        const int count = 1_000_000;
        var sim = NewSimulation();
        sim.Section("anchor");
        var cell = sim.ArtificialCell("IntFire1");
        cell["tau"] = 1e9;
        var input = new NetCon((MechanismObject?)null, cell);
        input.Weight[0] = 1e-9;
        sim.FInitialize(-65);
        var random = new Random(7);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) input.Event(random.NextDouble() * 100);
        Assert.Equal(count, input.Network.PendingCount);
        sim.ContinueRun(100.1);
        clock.Stop();
        Assert.Equal(0, input.Network.PendingCount);
        Assert.True(Math.Abs(cell["m"] - count * 1e-9) < 1e-6, $"m = {cell["m"]}: not every event arrived");
        output.WriteLine($"{count:N0} NetCon events queued and delivered through NET_RECEIVE in {clock.Elapsed.TotalSeconds:F2} s: {count / clock.Elapsed.TotalSeconds / 1e6:F2} M events/s");
    }
}
