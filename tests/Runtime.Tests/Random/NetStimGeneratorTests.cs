using System.Text.Json;

namespace Nrn.Runtime.Tests.RandomStreams;

/// <summary>The built-in NetStim with noiseFromRandom(r), r on NEURON's own generators (ACG of Random(5),
/// MLCG(3, 4), Isaac64(99)) and negexp(1), fires at NEURON 8.2.2's spike times over two runs: its VERBATIM
/// nrn_random_pick draws what NEURON's does (golden file from tests/oracle/random/make_netstim_generators_golden.py).</summary>
public sealed class NetStimGeneratorTests
{
    private static readonly JsonElement Golden = TestSupport.ReadJson(Path.Combine(TestSupport.RepoRoot, "tests", "golden", "random", "netstim_generators.json"));

    [Fact]
    public void Noise_from_each_generator_gives_NEURONs_spike_times()
    {
        var sim = new Simulation();
        var runs = Golden.GetProperty("runs").EnumerateArray().ToList();
        var recorded = new List<List<double>>();
        foreach (var train in runs[0].EnumerateArray())
        {
            var ns = sim.ArtificialCell("NetStim");
            (ns["start"], ns["interval"], ns["number"], ns["noise"]) = (1, 5, 15, train.GetProperty("noise").GetDouble());
            var r = Make(train.GetProperty("generator").GetString()!);
            r.Negexp(1);
            ns.Call("noiseFromRandom", r);
            var times = new List<double>();
            new NetCon(ns, null).Record(times);
            recorded.Add(times);
        }
        foreach (var run in runs)
        {
            recorded.ForEach(r => r.Clear());
            sim.FInitialize(-65);
            sim.ContinueRun(100);
            var trains = run.EnumerateArray().ToList();
            for (var k = 0; k < trains.Count; k++)
            {
                var expected = TestSupport.Doubles(trains[k].GetProperty("times"));
                Assert.True(expected.SequenceEqual(recorded[k]),
                    $"{trains[k].GetProperty("generator")} noise {trains[k].GetProperty("noise")}: NEURON [{string.Join(", ", expected)}], ours [{string.Join(", ", recorded[k])}]");
            }
        }
    }

    private static NrnRandom Make(string generator)
    {
        if (generator == "acg") return new NrnRandom(5);
        var r = new NrnRandom();
        if (generator == "mlcg") r.MLCG(3, 4);
        else if (generator == "isaac64") r.Isaac64(99);
        else throw new InvalidOperationException($"golden file has an unknown generator '{generator}'");
        return r;
    }
}
