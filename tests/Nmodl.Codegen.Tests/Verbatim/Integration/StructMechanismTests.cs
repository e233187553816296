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
        var sim = VerbatimGolden.SimulationWith(VerbatimGolden.ModPath("vbstruct"), Path.Combine(Paths.RepositoryRoot, "mod", "NetStim.mod"));
        var soma = sim.Section("soma");
        (soma.L, soma.Diam) = (20, 20);
        var pps = new[] { sim.PointProcess("vbstruct", soma[0.5]), sim.PointProcess("vbstruct", soma[0.5]) };
        pps[0].Call("setup", 3.0);
        VerbatimGolden.NetStimTo(sim, pps, (1, 1.5, 7), weight: 0.4, delay: 0.5);
        PointProcessColumns.AssertSameAtEveryStep(sim, pps, PointProcessColumns.Expected(golden), 480);
        foreach (var after in golden.RootElement.GetProperty("after").EnumerateObject())
            Assert.Equal(after.Value.GetDouble(), PointProcessColumns.Of(pps, after.Name).Call(after.Name[..after.Name.IndexOf('[')]));
    }
}
