using System.Text.Json;

namespace Nrn.Runtime.Tests.RandomStreams;

/// <summary>Random.play(&amp;var) draws into the variable at finitialize and at every fixed step as NEURON 8.2.2
/// does: an IClamp's amp from Random(7).uniform(0, 0.2) and pas's e from MLCG(1, 2).normal(-70, 4) give NEURON's
/// amp, e_pas and v at every step of two 1 ms runs (golden file from tests/oracle/random/make_play_golden.py).</summary>
public sealed class RandomPlayTests
{
    private static readonly JsonElement Golden = TestSupport.ReadJson(Path.Combine(TestSupport.RepoRoot, "tests", "golden", "random", "play.json"));

    [Fact]
    public void Played_variables_and_the_voltage_match_NEURON_at_every_step()
    {
        var sim = new Simulation();
        var soma = sim.Section("soma");
        (soma.L, soma.Diam) = (10, 10);
        soma.Insert("pas");
        var stim = sim.PointProcess("IClamp", soma[0.5]);
        (stim["del"], stim["dur"], stim["amp"]) = (0, 1e9, 0.05);
        var r1 = new NrnRandom(7);
        r1.Uniform(0, 0.2);
        Assert.Equal(Golden.GetProperty("returned").GetDouble(), r1.Play(stim.Ref("amp")));
        var r2 = new NrnRandom();
        r2.MLCG(1, 2);
        r2.Normal(-70, 4);
        r2.Play(soma[0.5].Mech("pas").Ref("e"));
        var recorded = new Dictionary<string, Vector>
        {
            ["amp"] = new Vector().Record(stim.Ref("amp")),
            ["e_pas"] = new Vector().Record(soma[0.5].Mech("pas").Ref("e")),
            ["v"] = new Vector().Record(soma[0.5].Ref("v")),
        };
        foreach (var run in Golden.GetProperty("runs").EnumerateArray())
        {
            sim.FInitialize(-65);
            sim.ContinueRun(1);
            foreach (var column in run.EnumerateObject())
            {
                var expected = TestSupport.Doubles(column.Value);
                var ours = recorded[column.Name].ToArray();
                Assert.True(expected.SequenceEqual(ours), $"{column.Name}: NEURON [{string.Join(", ", expected)}], ours [{string.Join(", ", ours)}]");
            }
        }
    }
}
