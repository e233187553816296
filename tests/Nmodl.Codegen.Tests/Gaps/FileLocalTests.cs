using Nmodl.Codegen.Backends;

namespace Nmodl.Codegen.Tests.Gaps;

/// <summary>A LOCAL declared outside any block (gaps/cgfloc.mod): nocmodl makes it a static of the
/// C file, so in NEURON 8.2.2 it is shared by every instance and starts at 0, and hoc does not know
/// it (no <c>z_cgfloc</c>, not among MechanismStandard's GLOBALs). Golden: gaps_golden.json "cgfloc".</summary>
public sealed class FileLocalTests
{
    private static readonly System.Text.Json.JsonElement Golden = GapsGolden.Root.GetProperty("cgfloc");

    [Fact]
    public void It_is_shared_by_every_instance_and_hidden_from_the_GLOBALs_as_in_NEURON()
    {
        var descriptor = GapsGolden.Compile("cgfloc", BackendOptions.Scalar);
        Assert.Equal(Golden.GetProperty("globals").EnumerateArray().Select(e => e.GetString()), descriptor.Globals.Select(g => g.Name + "_cgfloc"));
        Assert.False(Golden.GetProperty("hoc_has_z").GetBoolean());

        var sim = new Nrn.Simulation();
        var type = sim.Register(descriptor);
        var section = sim.Section("floc");
        section.Nseg = 2;
        section.Insert("cgfloc");
        foreach (var expected in Golden.GetProperty("y").EnumerateArray())
        {
            sim.FInitialize(-65);
            Assert.Equal(expected.EnumerateArray().Select(e => e.GetDouble()), section.Segments().Select(s => s["y_cgfloc"]));
        }
        var error = Assert.Throws<ArgumentException>(() => type["z"]);
        Assert.Equal("cgfloc: no GLOBAL variable 'z' (has: g)", error.Message);
    }
}
