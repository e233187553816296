using NeuronSharp.Testing;
using System.Text.Json;
using EndToEnd.Tests.Support;
using Nrn;
using Xunit.Abstractions;

namespace EndToEnd.Tests;

/// <summary>HOC geometry files (tests/golden/hoc/*.hoc, written for these tests) loaded by
/// <see cref="Simulation.LoadHoc"/> against the same files loaded by NEURON 8.2.2's
/// <c>h.load_file</c> (golden JSON from tests/oracle/hoc/make_hoc_golden.py): topology text,
/// names, attachments, geometry per segment, 3-d points and mechanism values.</summary>
public sealed class HocGeometryTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(Paths.RepositoryRoot, "tests", "golden", "hoc");

    [Theory]
    [InlineData("arrays")]
    [InlineData("pt3d")]
    [InlineData("defaults")]
    [InlineData("shape")]
    public void A_hoc_file_builds_the_cell_NEURON_builds(string name)
    {
        var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json"))).RootElement;
        var sim = new Simulation();
        sim.LoadHoc(Path.Combine(Folder, name + ".hoc"));
        Assert.Equal(golden.GetProperty("topology").GetString(), sim.Topology());
        var expected = golden.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(expected.Select(s => s.GetProperty("name").GetString()), sim.AllSec.Select(s => s.Name));
        var worst = 0.0;
        foreach (var (want, section) in expected.Zip(sim.AllSec))
        {
            Assert.Same(section, sim.HocSection(section.Name));
            worst = Math.Max(worst, SameSection(want, section));
        }
        output.WriteLine($"{expected.Count} sections, largest relative difference of area and ri: {worst:E2}");
    }

    [Fact]
    public void The_seeds_myneuron_hoc_gives_NEURONs_topology()
    {
        var sim = new Simulation();
        sim.ExecuteHoc(SeedGolden.Text("hoc_myneuron_source"), "myneuron.hoc");
        Assert.Equal(SeedGolden.Text("hoc_myneuron_topology"), sim.Topology());
        Assert.Equal(20, sim.HocSection("soma").L);
    }

    /// <summary>When NEURON is installed, reruns the oracle script on copies of the .hoc files and
    /// requires the committed golden JSON to be exactly what NEURON writes today.</summary>
    [Fact]
    public void The_committed_golden_is_what_NEURON_writes()
    {
        if (!NeuronPython.Available)
        {
            output.WriteLine("NEURON's Python module is not installed: live comparison not run (the committed golden files were still checked)");
            return;
        }
        using var copy = new TempFolder("e2e-hoc-golden-");
        foreach (var hoc in Directory.GetFiles(Folder, "*.hoc")) copy.Copy(hoc);
        var (exit, text) = NeuronPython.Run(Path.Combine(Paths.RepositoryRoot, "tests", "oracle", "hoc", "make_hoc_golden.py"), copy.Path);
        Assert.True(exit == 0, $"make_hoc_golden.py failed: {text}");
        foreach (var json in Directory.GetFiles(copy.Path, "*.json"))
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Folder, Path.GetFileName(json))), File.ReadAllText(json));
            output.WriteLine($"{Path.GetFileName(json)}: identical to NEURON's output");
        }
    }

    private static double SameSection(JsonElement want, Section section)
    {
        var name = section.Name;
        Assert.Equal(want.GetProperty("parent").GetString(), section.Parent?.Name);
        if (section.Parent is not null) Assert.Equal(want.GetProperty("parent_x").GetDouble(), section.ParentX);
        Assert.Equal(want.GetProperty("orientation").GetDouble(), section.Orientation);
        AssertClose(want.GetProperty("L").GetDouble(), section.L, 1e-12, $"{name}.L");
        Assert.Equal(want.GetProperty("nseg").GetInt32(), section.Nseg);
        AssertClose(want.GetProperty("Ra").GetDouble(), section.Ra, 1e-15, $"{name}.Ra");
        var segments = section.Segments().ToList();
        var worst = 0.0;
        for (var i = 0; i < segments.Count; i++)
        {
            AssertClose(want.GetProperty("diam")[i].GetDouble(), segments[i].Diam, 1e-12, $"{segments[i]}.diam");
            Assert.Equal(want.GetProperty("cm")[i].GetDouble(), segments[i].Cm);
            worst = Math.Max(worst, AssertClose(want.GetProperty("area")[i].GetDouble(), segments[i].Area, 1e-12, $"{segments[i]}.area"));
            worst = Math.Max(worst, AssertClose(want.GetProperty("ri")[i].GetDouble(), segments[i].Ri, 1e-12, $"{segments[i]}.ri"));
        }
        var points = want.GetProperty("pt3d").EnumerateArray().ToList();
        Assert.Equal(points.Count, section.N3d);
        for (var i = 0; i < points.Count; i++)
        {
            Assert.Equal(points[i][0].GetDouble(), section.X3d(i));
            Assert.Equal(points[i][1].GetDouble(), section.Y3d(i));
            Assert.Equal(points[i][2].GetDouble(), section.Z3d(i));
            Assert.Equal(points[i][3].GetDouble(), section.Diam3d(i));
        }
        var mechanisms = want.GetProperty("mechanisms");
        Assert.Equal(mechanisms.EnumerateObject().Select(m => m.Name).Order(), section.MechanismNames.Order());
        foreach (var mechanism in mechanisms.EnumerateObject())
            foreach (var variable in mechanism.Value.EnumerateObject())
                for (var i = 0; i < segments.Count; i++)
                    Assert.Equal(variable.Value[i].GetDouble(), segments[i].Mech(mechanism.Name)[variable.Name]);
        return worst;
    }

    private static double AssertClose(double expected, double actual, double relative, string what)
    {
        var difference = Math.Abs(expected - actual) / Math.Max(Math.Abs(expected), double.Epsilon);
        Assert.True(difference <= relative, $"{what}: {actual:R}, NEURON {expected:R} (relative difference {difference:E2})");
        return difference;
    }
}
