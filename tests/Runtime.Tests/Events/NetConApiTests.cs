using Nrn.Abi;
using static Nrn.Runtime.Tests.Events.EventTestSupport;

namespace Nrn.Runtime.Tests.Events;

/// <summary>Construction in NEURON's vocabulary, NEURON's defaults, and bad input rejected with
/// messages naming the object and the value.</summary>
public sealed class NetConApiTests
{
    [Fact]
    public void DefaultsAreNeurons()
    {
        var sim = NewSimulation();
        var soma = HhSoma(sim);
        var syn = sim.PointProcess("ExpSyn", soma[0.5]);
        var nc = new NetCon(soma[0.5], syn);
        Assert.Equal("NetCon[0]", nc.Name);
        Assert.Equal(1, nc.Delay);
        Assert.Equal(10, nc.Threshold);
        Assert.Equal(1, nc.Weight.Length);
        Assert.Equal(0, nc.Weight[0]);
        Assert.True(nc.Active);
        Assert.Same(syn, nc.Target);
        Assert.Equal(soma[0.5], nc.PreSegment);
        var detector = new NetCon(soma[0.5], null);
        Assert.False(detector.Active);
        Assert.Equal([nc, detector], sim.NetCons());
    }

    [Fact]
    public void NetConsOnOneVoltageShareTheThreshold()
    {
        var sim = NewSimulation();
        var soma = HhSoma(sim);
        var a = sim.NetCon(soma[0.5], null, threshold: -20);
        var b = sim.NetCon(soma[0.5], sim.PointProcess("ExpSyn", soma[0.5]), delay: 2, weight: 0.01);
        Assert.Equal(-20, b.Threshold);
        b.Threshold = 5;
        Assert.Equal(5, a.Threshold);
        Assert.Equal(2, b.Delay);
        Assert.Equal(0.01, b.Weight[0]);
    }

    [Fact]
    public void BadInputIsRejectedWithTheObjectAndValue()
    {
        var sim = NewSimulation();
        var soma = HhSoma(sim);
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        var noReceive = Assert.Throws<ArgumentException>(() => new NetCon(soma[0.5], clamp));
        Assert.Contains("IClamp[0]", noReceive.Message);
        Assert.Contains("NET_RECEIVE", noReceive.Message);

        var nc = new NetCon(soma[0.5], sim.PointProcess("ExpSyn", soma[0.5]));
        var delay = Assert.Throws<ArgumentOutOfRangeException>(() => nc.Delay = -1);
        Assert.Contains("NetCon[0].delay", delay.Message);
        Assert.Contains("-1", delay.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => nc.Delay = double.NaN);
        var weight = Assert.Throws<ArgumentOutOfRangeException>(() => nc.Weight[1] = 3);
        Assert.Contains("NetCon[0].weight[1]", weight.Message);
        Assert.Contains("ExpSyn[0]", weight.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => nc.Weight[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => nc.Threshold = double.PositiveInfinity);
        Assert.Throws<ArgumentException>(() => new NetCon((MechanismObject?)null, null));

        var other = NewSimulation();
        var foreign = other.PointProcess("ExpSyn", HhSoma(other)[0.5]);
        var cross = Assert.Throws<ArgumentException>(() => new NetCon(soma[0.5], foreign));
        Assert.Contains("different simulations", cross.Message);

        var removed = sim.ArtificialCell("IntFire1");
        sim.Remove(removed);
        Assert.Contains("IntFire1[0]", Assert.Throws<ArgumentException>(() => new NetCon(soma[0.5], removed)).Message);
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => nc.Event(double.NaN));
        Assert.Contains("NetCon[0].event", early.Message);
        Assert.Contains("no source", Assert.Throws<InvalidOperationException>(() => new NetCon((MechanismObject?)null, sim.ArtificialCell("IntFire1")).Record(new Vector())).Message);
        Assert.Contains("sim.NetCons()", Assert.Throws<ArgumentException>(() => sim.List("NetCon")).Message);
    }

    [Fact]
    public void SpikeRecordGetsEverySourceWithItsNumber()
    {
        var sim = NewSimulation();
        var a = NetStim(sim, 1, 2, 3);
        var b = NetStim(sim, 2, 5, 2);
        var times = new List<double>();
        var ids = new List<double>();
        sim.SpikeRecord(times, ids);
        new NetCon(b, null);
        new NetCon(a, null);
        sim.FInitialize(-65);
        sim.ContinueRun(10);
        Assert.Equal([1.0, 2, 3, 5, 7], times);
        Assert.Equal([1.0, 0, 1, 1, 0], ids);
        sim.FInitialize(-65);
        Assert.Empty(times);
    }

    [Fact]
    public void RemovedNetConNoLongerDelivers()
    {
        var sim = NewSimulation();
        var cell = sim.ArtificialCell("IntFire1");
        var nc = Connect(NetStim(sim, 1, 1, 3), cell, 0.3, 0);
        var spikes = new List<double>();
        new NetCon(cell, null).Record(spikes);
        Network.Of(sim).Remove(nc);
        sim.FInitialize(-65);
        sim.ContinueRun(10);
        Assert.Equal(0, cell["m"]);
        Assert.DoesNotContain(nc, sim.NetCons());
    }

    [Fact]
    public void VoltageSourceOnDeletedSectionStopsFiring()
    {
        var sim = NewSimulation();
        var soma = HhSoma(sim);
        var other = HhSoma(sim, "other");
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        clamp["del"] = 1;
        clamp["dur"] = 1;
        clamp["amp"] = 1;
        var spikes = new List<double>();
        new NetCon(soma[0.5], null).Record(spikes);
        sim.FInitialize(-65);
        sim.ContinueRun(10);
        Assert.Single(spikes);
        sim.DeleteSection(soma);
        sim.FInitialize(-65);
        sim.ContinueRun(10);
        Assert.Empty(spikes);
        Assert.Equal(10, sim.T, 9);
        Assert.True(other[0.5].V < 0);
    }
}
