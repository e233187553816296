using EndToEnd.Tests.Support;
using Nrn;
using Xunit.Abstractions;

namespace EndToEnd.Tests;

/// <summary>The build's built-in mod/IntFire4.mod (printf warnings in INITIAL, Newton iterations in functions) driven by
/// two NetStims, against NEURON 8.2.2's built-in IntFire4: the time constants INITIAL adjusts and
/// the spike times (tests/golden/builtins/IntFire4).</summary>
public sealed class IntFire4GoldenTests(ITestOutputHelper output)
{
    [Fact]
    public void Two_cells_adjust_their_time_constants_and_fire_like_NEURON()
    {
        var sim = new Simulation();
        var a = sim.ArtificialCell("IntFire4");
        var b = sim.ArtificialCell("IntFire4");
        (b["taue"], b["taui1"], b["taui2"], b["taum"]) = (30.0, 25.0, 20.0, 20.0);
        var excite = NetStim(sim, 2, 3, 30);
        var inhibit = NetStim(sim, 20.5, 5, 8);
        Connect(excite, a, 0.5);
        Connect(excite, b, 0.7);
        Connect(inhibit, a, -0.4);
        Connect(inhibit, b, -0.2);
        var recorded = new Dictionary<string, List<double>>();
        new NetCon(a, null).Record(recorded["a"] = []);
        new NetCon(b, null).Record(recorded["b"] = []);
        var printed = new StringWriter();
        using (Nrn.CLib.CStdio.Redirect(printed, new StringWriter())) sim.FInitialize(-65);
        output.WriteLine(printed.ToString());
        sim.ContinueRun(100);

        var golden = Path.Combine(Paths.RepositoryRoot, "tests", "golden", "builtins", "IntFire4");
        using var meta = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(golden, "meta.json")));
        var constants = meta.RootElement.GetProperty("protocols").GetProperty("netstim").GetProperty("constant_columns");
        foreach (var (name, cell) in new[] { ("a", a), ("b", b) })
            foreach (var variable in new[] { "taue", "taui1", "taui2", "taum", "ae", "ai1", "ai2" })
                Assert.Equal(constants.GetProperty($"{name}.{variable}").GetDouble(), cell[variable], 12);

        using var spikes = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(golden, "netstim.spikes.json")));
        foreach (var (name, times) in recorded)
        {
            var expected = spikes.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetDouble()).ToList();
            output.WriteLine($"{name}: {times.Count} spikes, NEURON {expected.Count}");
            Assert.Equal(expected.Count, times.Count);
            for (var k = 0; k < expected.Count; k++)
                Assert.True(Math.Abs(expected[k] - times[k]) <= 1e-9, $"{name} spike {k}: NEURON {expected[k]:R}, ours {times[k]:R}");
        }
    }

    private static ArtificialCell NetStim(Simulation sim, double start, double interval, double number)
    {
        var ns = sim.ArtificialCell("NetStim");
        (ns["start"], ns["interval"], ns["number"], ns["noise"]) = (start, interval, number, 0.0);
        return ns;
    }

    private static void Connect(MechanismObject source, MechanismObject target, double weight)
    {
        var nc = new NetCon(source, target) { Delay = 0 };
        nc.Weight[0] = weight;
    }
}
