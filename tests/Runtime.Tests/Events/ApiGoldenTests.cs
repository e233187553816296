using System.Text.Json;
using static Nrn.Runtime.Tests.Events.EventTestSupport;

namespace Nrn.Runtime.Tests.Events;

/// <summary>tests/golden/events/api.json (tests/oracle/events/make_api_golden.py, NEURON 8.2.2):
/// <c>nc.event(t)</c> and <c>nc.event(t, flag)</c>, <c>Vector.play("stmt with $1", ...)</c> as a
/// C# callback, and PatternStim's <c>fake_output</c>.</summary>
public sealed class ApiGoldenTests
{
    private static readonly JsonElement Golden = TestSupport.ReadJson(EventTestSupport.Golden("events", "api.json"));

    private static double[] G(JsonElement e, string name) => TestSupport.Doubles(e.GetProperty(name));

    [Fact]
    public void NetConEventWithAndWithoutFlagMatchesNeuron()
    {
        var expected = Golden.GetProperty("netcon_event");
        var sim = NewSimulation();
        var (a, b) = (NetStim(sim, 2, 5, 3), NetStim(sim, -1, 4, 3));
        var fake = new NetCon((MechanismObject?)null, a);
        var stop = Connect(null, a, -1, 1);
        var kick = Connect(null, b, 1, 1);
        var soma = sim.Section("soma");
        (soma.L, soma.Diam) = (20, 20);
        soma.Insert("pas");
        var syn = sim.PointProcess("ExpSyn", soma[0.5]);
        var quiet = Connect(null, syn, 0.01, 1);
        quiet.Active = false;
        var loud = new NetCon((MechanismObject?)null, syn);
        var (ta, tb) = (new Vector(), new Vector());
        sim.NetCon(a, null).Record(ta);
        sim.NetCon(b, null).Record(tb);
        var g = new Vector().Record(syn.Ref("g"));
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        fake.Event(4.3, 1);
        stop.Event(12.2);
        kick.Event(3.05);
        quiet.Event(7);
        var refused = Assert.Throws<InvalidOperationException>(() => loud.Event(8, 1));
        Assert.True(expected.GetProperty("flag_to_synapse_refused").GetBoolean());
        Assert.Contains("ARTIFICIAL_CELL", refused.Message);
        Assert.Contains("ExpSyn[0]", refused.Message);
        sim.ContinueRun(10);
        fake.Event(10.5, 1);
        sim.ContinueRun(30);
        BuiltinGoldenTests.AssertTimes(G(expected, "a"), ta);
        BuiltinGoldenTests.AssertTimes(G(expected, "b"), tb);
        Assert.Equal(expected.GetProperty("inactive_g_max").GetDouble(), g.Max());
    }

    [Fact]
    public void PlayIntoACallbackCallsItAtNeuronsTimesWithNeuronsValues()
    {
        var expected = Golden.GetProperty("play_callback");
        var sim = NewSimulation();
        sim.Section("here");
        var log = new List<double>();
        var values = new Vector(G(expected, "values"));
        values.Play(sim, v => log.AddRange([sim.T, v]), new Vector(G(expected, "times")));
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        sim.ContinueRun(3);
        Assert.Equal(G(expected, "log"), log);

        values.StopPlaying();
        log.Clear();
        new Vector(G(expected, "dt_values")).Play(sim, v => log.AddRange([sim.T, v]), expected.GetProperty("dt").GetDouble());
        sim.FInitialize(-65);
        sim.ContinueRun(0.35);
        BuiltinGoldenTests.AssertTimes(G(expected, "dt_log"), log);
    }

    /// <summary>pattern.mod passes fake_output to nrn_fake_fire, whose source sends the spike of a
    /// local cell when no input has the gid; NEURON 8.2.2 as built here sends nothing either way
    /// (no record, no spike_record entry, no synaptic response), and so do we.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void FakeOutputOfALocalGidSendsNothingAsInNeuron(int run)
    {
        var expected = Golden.GetProperty("fake_output")[run];
        var sim = NewSimulation();
        var (a, b) = (HhSoma(sim, "a"), HhSoma(sim, "b"));
        var detector = sim.NetCon(a[0.5], null, threshold: 0);
        sim.SetGid(0, detector);
        var syn = sim.PointProcess("ExpSyn", b[0.5]);
        var own = sim.GidConnect(0, syn);
        (own.Weight[0], own.Delay) = (0.01, 1);
        var other = sim.GidConnect(5, syn);
        (other.Weight[0], other.Delay) = (0.001, 1);
        var recorded = new Vector();
        detector.Record(recorded);
        var stim = sim.ArtificialCell("PatternStim");
        stim["fake_output"] = expected.GetProperty("fake_output").GetDouble();
        var times = Enumerable.Range(0, 150).Select(i => 0.01 * i).Concat([5.0, 7.5]);
        var gids = Enumerable.Repeat(5.0, 150).Concat([0.0, 0.0]);
        stim.Call("play", new Vector(times), new Vector(gids));
        var (st, si) = (new Vector(), new Vector());
        sim.SpikeRecord(st, si);
        var g = new Vector().Record(syn.Ref("g"));
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        sim.ContinueRun(12);
        Assert.Equal(G(expected, "record"), recorded);
        Assert.Equal(G(expected, "spike_t"), st);
        Assert.Equal(G(expected, "spike_id"), si);
        var neuron = G(expected, "g");
        Assert.Equal(neuron.Length, g.Count);
        Assert.True(TestSupport.MaxAbsDifference(neuron, g.ToArray()) <= 1e-12, "g differs from NEURON's");
    }
}
