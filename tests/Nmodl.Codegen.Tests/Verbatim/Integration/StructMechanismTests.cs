using System.Text.Json;
using Nmodl.Codegen.Tests.Support;
using Nrn;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Verbatim.Integration;

/// <summary>A C structure kept in a POINTER through the void** idiom (mods/vbstruct.mod: made by hoc_Emalloc with a
/// calloc'd ring of doubles, updated by NET_RECEIVE, read by FUNCTIONs through '->' and a C helper taking the
/// structure) gives NEURON 8.2.2's values at every step, for an instance with the structure and one without: the
/// committed golden file, and NEURON itself when it is installed (tests/oracle/verbatim/make_struct_golden.py).</summary>
public sealed class StructMechanismTests(ITestOutputHelper output)
{
    [Fact]
    public void A_structure_in_a_POINTER_behaves_as_in_NEURON_at_every_step() =>
        AssertSameAsNeuron(Path.Combine(Paths.RepositoryRoot, "tests", "golden", "verbatim", "struct.json"));

    [Fact]
    public void A_structure_in_a_POINTER_behaves_as_in_NEURON_8_2_running_now() =>
        LiveOracle.Run("make_struct_golden.py", "struct.json", output, AssertSameAsNeuron);

    private static void AssertSameAsNeuron(string goldenPath)
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(goldenPath));
        var expected = golden.RootElement.GetProperty("columns").EnumerateObject()
            .ToDictionary(c => c.Name, c => c.Value.EnumerateArray().Select(v => v.GetDouble()).ToArray());
        var sim = VerbatimGolden.SimulationWith(VerbatimGolden.ModPath("vbstruct"), Path.Combine(Paths.RepositoryRoot, "mod", "NetStim.mod"));
        var soma = sim.Section("soma");
        (soma.L, soma.Diam) = (20, 20);
        var pps = new[] { sim.PointProcess("vbstruct", soma[0.5]), sim.PointProcess("vbstruct", soma[0.5]) };
        pps[0].Call("setup", 3.0);
        var ns = sim.ArtificialCell("NetStim");
        (ns["start"], ns["interval"], ns["number"], ns["noise"]) = (1, 1.5, 7, 0);
        foreach (var pp in pps)
        {
            var nc = new NetCon(ns, pp) { Delay = 0.5 };
            nc.Weight[0] = 0.4;
        }
        var columns = expected.Keys.ToDictionary(k => k, _ => new List<double>());
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        Sample();
        for (var step = 0; step < 480; step++)
        {
            sim.FAdvance();
            Sample();
        }
        foreach (var (name, values) in expected)
            Assert.Equal(values, columns[name]);
        foreach (var after in golden.RootElement.GetProperty("after").EnumerateObject())
            Assert.Equal(after.Value.GetDouble(), pps[after.Name[^2] - '0'].Call(after.Name[..after.Name.IndexOf('[')]));

        void Sample()
        {
            foreach (var name in expected.Keys)
                columns[name].Add(pps[name[^2] - '0'][name[..name.IndexOf('[')]]);
        }
    }
}
