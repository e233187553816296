using System.Text.Json;
using Xunit.Abstractions;
using static Nrn.Runtime.Tests.Events.EventTestSupport;

namespace Nrn.Runtime.Tests.Events;

/// <summary>tests/golden/events/play.json (tests/oracle/events/make_play_golden.py): Vector.Play
/// at given times, every Dt, continuously, and continuously with discontinuity indices, into IClamp
/// amps and into gnabar_hh, recorded at every step by NEURON 8.2.2 and by us.</summary>
public sealed class PlayGoldenTests(ITestOutputHelper output)
{
    private static readonly JsonElement Golden = TestSupport.ReadJson(EventTestSupport.Golden("events", "play.json"));

    private static Vector Values(string part, string name) => new(TestSupport.Doubles(Golden.GetProperty(part).GetProperty(name)));

    [Fact]
    public void StepEveryDtAndContinuousPlaysMatchNeuron()
    {
        var sim = NewSimulation();
        var (a, clampA) = Soma(sim, "a");
        var (b, clampB) = Soma(sim, "b");
        Values("step", "y").Play(clampA.Ref("amp"), Values("step", "t"));
        Values("every_dt", "y").Play(a[0.5].Ref("gnabar_hh"), Golden.GetProperty("every_dt").GetProperty("dt").GetDouble());
        Values("continuous", "y").Play(clampB.Ref("amp"), Values("continuous", "t"), continuous: true);
        var (c, clampC) = Soma(sim, "c");
        Values("discontinuous", "y").Play(clampC.Ref("amp"), Values("discontinuous", "t"), Values("discontinuous", "indices"));
        var columns = new Dictionary<string, Vector>
        {
            ["t"] = new Vector().Record(sim.TimeRef()),
            ["a.v"] = new Vector().Record(a[0.5].Ref("v")),
            ["a.amp"] = new Vector().Record(clampA.Ref("amp")),
            ["a.gnabar"] = new Vector().Record(a[0.5].Ref("gnabar_hh")),
            ["b.v"] = new Vector().Record(b[0.5].Ref("v")),
            ["b.amp"] = new Vector().Record(clampB.Ref("amp")),
            ["c.v"] = new Vector().Record(c[0.5].Ref("v")),
            ["c.amp"] = new Vector().Record(clampC.Ref("amp")),
        };
        sim.Dt = Golden.GetProperty("dt").GetDouble();
        sim.Tstop = Golden.GetProperty("tstop").GetDouble();
        for (var run = 0; run < 2; run++)
        {
            // b's first point is at 0.5 ms: until then its amp keeps what the previous run left, in NEURON too.
            clampB["amp"] = 0;
            clampC["amp"] = 0;
            sim.FInitialize(Golden.GetProperty("v_init").GetDouble());
            sim.ContinueRun(sim.Tstop);
            var trace = Golden.GetProperty("trace");
            foreach (var (name, vector) in columns)
            {
                var expected = TestSupport.Doubles(trace.GetProperty(name));
                Assert.Equal(expected.Length, vector.Count);
                var max = TestSupport.MaxAbsDifference(expected, vector.ToArray());
                output.WriteLine($"run {run}, {name}: max |ours - NEURON| = {max:g3}");
                Assert.True(max <= (name.EndsWith(".v") ? 1e-6 : 1e-12), $"run {run}: {name} differs from NEURON by {max}");
            }
        }
        Assert.True(TestSupport.Doubles(Golden.GetProperty("trace").GetProperty("b.amp")).Min() < -0.5,
            "the continuous play must extrapolate past its last point as NEURON does");
    }

    [Fact]
    public void BadPlaysAreRejectedByName()
    {
        var sim = NewSimulation();
        var (_, clamp) = Soma(sim, "a");
        var dt = Assert.Throws<ArgumentOutOfRangeException>(() => new Vector([1.0]).Play(clamp.Ref("amp"), 0));
        Assert.Contains("IClamp[0]", dt.Message);
        new Vector([1.0, 2]).Play(clamp.Ref("amp"), new Vector([0.0, 1, 2]), continuous: true);
        var error = Assert.Throws<InvalidOperationException>(() => sim.FInitialize(-65));
        Assert.Contains("IClamp[0]", error.Message);
        Assert.Contains("values 2", error.Message);
    }

    [Fact]
    public void StopPlayingLeavesTheLastValue()
    {
        var sim = NewSimulation();
        var (_, clamp) = Soma(sim, "a");
        var values = new Vector([0.1, 0.2, 0.3]);
        values.Play(clamp.Ref("amp"), 1.0);
        sim.FInitialize(-65);
        sim.ContinueRun(1.5);
        Assert.Equal(0.2, clamp["amp"]);
        values.StopPlaying();
        sim.FInitialize(-65);
        sim.ContinueRun(3);
        Assert.Equal(0.2, clamp["amp"]);
    }

    private static (Section Soma, PointProcess Clamp) Soma(Simulation sim, string name)
    {
        var soma = HhSoma(sim, name);
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        clamp["del"] = 0;
        clamp["dur"] = 1e9;
        clamp["amp"] = 0;
        return (soma, clamp);
    }
}
