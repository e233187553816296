using System.Text.Json;
using Nmodl.Codegen.Tests.Support;
using Nrn;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Verbatim.Integration;

/// <summary>VERBATIM's null test of a POINTER connected with setpointer (mods/vbpointer.mod: <c>if (_p_src)</c> split
/// around NMODL statements that read the POINTER, <c>_p_src == NULL</c> and <c>!_p_src</c> in a FUNCTION) gives
/// NEURON 8.2.2's values for a connected and an unconnected instance: the committed golden file, and NEURON itself
/// when it is installed (tests/oracle/verbatim/make_pointer_golden.py).</summary>
public sealed class ConnectedPointerTests(ITestOutputHelper output)
{
    [Fact]
    public void A_connected_POINTER_is_not_null_in_VERBATIM_as_in_NEURON() =>
        AssertSameAsNeuron(Path.Combine(Paths.RepositoryRoot, "tests", "golden", "verbatim", "pointer.json"));

    [Fact]
    public void A_connected_POINTER_is_not_null_in_VERBATIM_as_in_NEURON_8_2_running_now() =>
        LiveOracle.Run("make_pointer_golden.py", "pointer.json", output, AssertSameAsNeuron);

    private static void AssertSameAsNeuron(string goldenPath)
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(goldenPath));
        var sim = VerbatimGolden.SimulationWith(VerbatimGolden.ModPath("vbpointer"), Path.Combine(Paths.RepositoryRoot, "mod", "IClamp.mod"));
        var soma = sim.Section("soma");
        (soma.L, soma.Diam) = (20, 20);
        var stim = sim.PointProcess("IClamp", soma[0.5]);
        (stim["del"], stim["dur"], stim["amp"]) = (1, 2, 0.1);
        var pps = new[] { sim.PointProcess("vbpointer", soma[0.5]), sim.PointProcess("vbpointer", soma[0.5]) };
        pps[0].SetPointer("src", soma[0.5].Ref("v"));
        PointProcessColumns.AssertSameAtEveryStep(sim, pps, PointProcessColumns.Expected(golden), 200);
        foreach (var after in golden.RootElement.GetProperty("after").EnumerateObject())
            Assert.Equal(after.Value.GetDouble(), PointProcessColumns.Of(pps, after.Name).Call("connected"));
    }
}
