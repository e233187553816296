using static Nrn.Runtime.Tests.Events.EventTestSupport;

namespace Nrn.Runtime.Tests.Events;

/// <summary>tests/golden/events/gate_order.json (tests/oracle/events/make_gate_order_golden.py):
/// NetStim gates started and stopped by equal-time events fire or stay silent depending on the
/// order NEURON delivers those events in; the same network must give the same spikes.</summary>
public sealed class GateOrderTests
{
    [Fact]
    public void GatesFireAsInNeuron()
    {
        var golden = TestSupport.ReadJson(Golden("events", "gate_order.json"));
        var sim = NewSimulation();
        sim.Section("anchor");
        var s = golden.GetProperty("sources");
        var g = golden.GetProperty("gates");
        double P(System.Text.Json.JsonElement e, string name) => e.GetProperty(name).GetDouble();
        var sources = TestSupport.Doubles(s.GetProperty("starts"))
            .Select(start => NetStim(sim, start, P(s, "interval"), P(s, "number"), P(s, "noise"))).ToArray();
        var gates = Enumerable.Range(0, g.GetProperty("count").GetInt32())
            .Select(_ => NetStim(sim, P(g, "start"), P(g, "interval"), P(g, "number"), P(g, "noise"))).ToArray();
        foreach (var k in golden.GetProperty("netcons").EnumerateArray())
            Connect(sources[k.GetProperty("source").GetInt32()], gates[k.GetProperty("gate").GetInt32()], P(k, "weight"), P(k, "delay"));
        var spikes = gates.Select(gate =>
        {
            var times = new List<double>();
            new NetCon(gate, null).Record(times);
            return times;
        }).ToArray();
        sim.Dt = P(golden, "dt");
        sim.FInitialize(-65);
        sim.ContinueRun(P(golden, "tstop"));
        var expected = golden.GetProperty("spikes").EnumerateArray().Select(TestSupport.Doubles).ToArray();
        for (var i = 0; i < expected.Length; i++)
            Assert.True(expected[i].SequenceEqual(spikes[i]), $"gate {i}: NEURON [{string.Join(", ", expected[i])}], ours [{string.Join(", ", spikes[i])}]");
    }
}
