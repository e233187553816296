using static Nrn.Runtime.Tests.Events.EventTestSupport;

namespace Nrn.Runtime.Tests.Events;

/// <summary>tests/golden/events/threshold.json (tests/oracle/events/make_threshold_golden.py):
/// a source above threshold at finitialize fires at the first step (t = 1e-10), one never below
/// threshold fires once, and NetCons on one voltage share the threshold set last.</summary>
public sealed class ThresholdGoldenTests
{
    [Fact]
    public void ThresholdDetectionMatchesNeuron()
    {
        var golden = TestSupport.ReadJson(Golden("events", "threshold.json"));
        var sim = NewSimulation();
        var recorded = new Dictionary<string, List<double>>();
        Section? shared = null;
        foreach (var entry in golden.GetProperty("thresholds").EnumerateObject())
        {
            var soma = HhSoma(sim, entry.Name);
            if (entry.Name == "shared") shared = soma;
            NetCon? last = null;
            foreach (var threshold in TestSupport.Doubles(entry.Value)) last = sim.NetCon(soma[0.5], null, threshold: threshold);
            last!.Record(recorded[entry.Name] = []);
        }
        var c = golden.GetProperty("iclamp_on_shared");
        var clamp = sim.PointProcess("IClamp", shared![0.5]);
        clamp["del"] = c.GetProperty("delay").GetDouble();
        clamp["dur"] = c.GetProperty("dur").GetDouble();
        clamp["amp"] = c.GetProperty("amp").GetDouble();
        sim.Dt = golden.GetProperty("dt").GetDouble();
        sim.FInitialize(golden.GetProperty("v_init").GetDouble());
        sim.ContinueRun(golden.GetProperty("tstop").GetDouble());
        foreach (var (name, times) in recorded)
            BuiltinGoldenTests.AssertTimes(TestSupport.Doubles(golden.GetProperty("spikes").GetProperty(name)), times);
    }
}
