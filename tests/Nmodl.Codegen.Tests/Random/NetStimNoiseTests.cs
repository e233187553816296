using System.Text.Json;
using Nmodl.Codegen.Tests.Support;
using Nmodl.Codegen.Tests.Verbatim.Integration;
using Nrn;

namespace Nmodl.Codegen.Tests.RandomStreams;

/// <summary>mod/NetStim.mod with noise from Random123 streams, through its VERBATIM noiseFromRandom123
/// and noiseFromRandom procedures called from C#, fires at NEURON 8.2.2's spike times (golden file
/// from tests/oracle/verbatim/make_netstim_golden.py; two runs, each after finitialize).</summary>
public sealed class NetStimNoiseTests
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(
        Path.Combine(Paths.RepositoryRoot, "tests", "golden", "verbatim", "netstim_random.json"))).RootElement;

    [Theory]
    [InlineData("random123")]
    [InlineData("random")]
    public void Noisy_trains_match_NEURONs_spike_times(string style)
    {
        var sim = VerbatimGolden.SimulationWith(Path.Combine(Paths.RepositoryRoot, "mod", "NetStim.mod"));
        var recorded = new List<List<double>>();
        var noises = new[] { 1.0, 0.5 };
        for (var k = 0; k < noises.Length; k++)
        {
            var ns = sim.ArtificialCell("NetStim");
            (ns["start"], ns["interval"], ns["number"], ns["noise"]) = (1, 5, 15, noises[k]);
            if (style == "random123")
            {
                ns.Call("noiseFromRandom123", 1, 2, 3 + k);
            }
            else
            {
                var r = new NrnRandom();
                r.Random123(7, 8, (uint)(9 + k));
                r.Negexp(1);
                ns.Call("noiseFromRandom", r);
            }
            var times = new List<double>();
            new NetCon(ns, null).Record(times);
            recorded.Add(times);
        }
        var runs = Golden.GetProperty(style).EnumerateArray().ToList();
        foreach (var run in runs)
        {
            recorded.ForEach(r => r.Clear());
            sim.FInitialize(-65);
            sim.ContinueRun(100);
            var expected = run.EnumerateArray().Select(train => train.EnumerateArray().Select(t => t.GetDouble()).ToList()).ToList();
            for (var k = 0; k < expected.Count; k++)
                Assert.True(expected[k].SequenceEqual(recorded[k]), $"{style} train {k}: NEURON [{string.Join(", ", expected[k])}], ours [{string.Join(", ", recorded[k])}]");
        }
    }

    [Fact]
    public void Mixing_the_two_styles_is_the_error_NEURON_reports()
    {
        var sim = VerbatimGolden.SimulationWith(Path.Combine(Paths.RepositoryRoot, "mod", "NetStim.mod"));
        var first = sim.ArtificialCell("NetStim");
        var second = sim.ArtificialCell("NetStim");
        first.Call("noiseFromRandom123", 1, 2, 3);
        var error = Assert.Throws<Nrn.CLib.HocExecutionError>(() => second.Call("noiseFromRandom", new NrnRandom()));
        Assert.Contains("NetStim.noiseFromRandom123 was previously called", error.Message);
        Assert.Contains("NetStim.mod:", error.Message);
    }
}
