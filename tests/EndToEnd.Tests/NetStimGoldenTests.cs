using EndToEnd.Tests.Support;
using Nrn;
using Xunit.Abstractions;

namespace EndToEnd.Tests;

/// <summary>The build's built-in mod/NetStim.mod (exprand and set_seed on the shared legacy stream) against NEURON
/// 8.2.2's built-in NetStim: regular, noisy, Poisson and gated trains after seed(12345)
/// (tests/golden/builtins/NetStim/trains.spikes.json).</summary>
public sealed class NetStimGoldenTests(ITestOutputHelper output)
{
    [Fact]
    public void Four_trains_after_seed_match_NEURONs_spike_times()
    {
        var sim = new Simulation();
        var regular = NetStim(sim, 5, 10, 5, 0);
        var noisy = NetStim(sim, 2, 5, 20, 0.5);
        var poisson = NetStim(sim, 0, 3, 30, 1);
        var gated = NetStim(sim, -1, 4, 100, 0);
        var start = NetStim(sim, 30, 1, 1, 0);
        var stop = NetStim(sim, 60, 1, 1, 0);
        Connect(start, gated, 1);
        Connect(stop, gated, -1);
        var recorded = new Dictionary<string, List<double>>();
        foreach (var (name, cell) in new[] { ("regular", regular), ("noisy", noisy), ("poisson", poisson), ("gated", gated) })
            new NetCon(cell, null).Record(recorded[name] = []);
        Nrn.Abi.ScopRandom.SetSeed(12345);
        sim.FInitialize(-65);
        sim.ContinueRun(100);

        using var golden = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "tests", "golden", "builtins", "NetStim", "trains.spikes.json")));
        foreach (var (name, times) in recorded)
        {
            var expected = golden.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetDouble()).ToList();
            output.WriteLine($"{name}: {times.Count} spikes, NEURON {expected.Count}");
            Assert.Equal(expected.Count, times.Count);
            for (var k = 0; k < expected.Count; k++)
                Assert.True(Math.Abs(expected[k] - times[k]) <= 1e-9, $"{name} spike {k}: NEURON {expected[k]:R}, ours {times[k]:R}");
        }
    }

    private static ArtificialCell NetStim(Simulation sim, double start, double interval, double number, double noise)
    {
        var ns = sim.ArtificialCell("NetStim");
        (ns["start"], ns["interval"], ns["number"], ns["noise"]) = (start, interval, number, noise);
        return ns;
    }

    private static void Connect(MechanismObject source, MechanismObject target, double weight)
    {
        var nc = new NetCon(source, target) { Delay = 0 };
        nc.Weight[0] = weight;
    }
}
