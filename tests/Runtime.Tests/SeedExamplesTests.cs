using System.Text.Json;
using Xunit.Abstractions;

namespace Nrn.Runtime.Tests;

/// <summary>The seed documents' examples against what NEURON 8.2.2 printed and recorded for them.</summary>
public sealed class SeedExamplesTests(ITestOutputHelper output)
{
    private static readonly JsonElement Golden = TestSupport.SeedGolden;

    [Fact]
    public void TopologyOfANewSomaMatchesNeuron()
    {
        var sim = TestSupport.NewSimulation();
        sim.Section("soma");
        Assert.Equal(Golden.GetProperty("basics_topology_new_soma").GetString(), sim.Topology());
    }

    [Fact]
    public void TopologyAndDistancesOfTheSevenSectionTreeMatchNeuron()
    {
        var sim = TestSupport.NewSimulation();
        var names = new[] { "soma", "proxApical", "apic1", "apic2", "proxBasal", "distBasal1", "distBasal2" };
        var s = names.ToDictionary(n => n, sim.Section);
        s["proxApical"].Connect(s["soma"]);
        s["proxBasal"].Connect(s["soma"][0]);
        s["apic1"].Connect(s["proxApical"]);
        s["apic2"].Connect(s["proxApical"]);
        s["distBasal1"].Connect(s["proxBasal"]);
        s["distBasal2"].Connect(s["proxBasal"]);
        Assert.Equal(Golden.GetProperty("tree_topology").GetString(), sim.Topology());
        var distances = Golden.GetProperty("tree_distance_from_soma_center");
        foreach (var n in names)
            Assert.Equal(distances.GetProperty(n).GetDouble(), sim.Distance(s["soma"][0.5], s[n][1]), 12);
        s["apic1"].Nseg = 5;
        s["apic1"].L = 200;
        Assert.Equal(Golden.GetProperty("tree_topology_after_nseg5").GetString(), sim.Topology());
    }

    [Fact]
    public void TopologyOfTheHocGeometryExampleMatchesNeuron()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        var apic = sim.Section("apic");
        var basal = sim.Section("basal");
        apic.Connect(soma, 1, 0);
        basal.Connect(soma, 0, 0);
        soma.L = 20;
        soma.Diam = 20;
        Assert.Equal(Golden.GetProperty("hoc_myneuron_topology").GetString(), sim.Topology());
    }

    [Fact]
    public void PSectionOfADefaultSectionMatchesNeuron()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        AssertSameContent(Golden.GetProperty("basics_psection_default"), soma.PSection());
    }

    [Fact]
    public void PSectionWithHhAndIClampMatchesNeuron()
    {
        var sim = TestSupport.NewSimulation();
        var soma = TestSupport.SeedBasicsSoma(sim);
        AssertSameContent(Golden.GetProperty("basics_psection_after_hh_iclamp"), soma.PSection());
    }

    [Fact]
    public void BasicsTraceMatchesNeuron()
    {
        var sim = TestSupport.NewSimulation();
        var soma = TestSupport.SeedBasicsSoma(sim);
        var (t, v) = TestSupport.RunAndRecord(sim, soma[0.5], -70 * Units.mV, 40 * Units.ms);
        AssertTrace(Golden.GetProperty("basics_trace"), t, v);
    }

    [Fact]
    public void SingleClampHhTraceMatchesNeuron()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        clamp["del"] = 2;
        clamp["dur"] = 0.5;
        clamp["amp"] = 50;
        var (t, v) = TestSupport.RunAndRecord(sim, soma[0.5], sim.VInit, 49.5);
        AssertTrace(Golden.GetProperty("hh_single_trace"), t, v);
    }

    [Fact]
    public void FourClampTraceSpikeTimesAndListMatchNeuron()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        foreach (var start in new[] { 2.0, 13, 27, 40 })
        {
            var c = sim.PointProcess("IClamp", soma[0.5]);
            c["del"] = start;
            c["dur"] = 0.5;
            c["amp"] = 50;
        }
        var (t, v) = TestSupport.RunAndRecord(sim, soma[0.5], sim.VInit, 49.5);
        AssertTrace(Golden.GetProperty("hh_four_clamps_trace"), t, v);
        var spikes = new List<double>();
        for (var j = 0; j + 1 < v.Count; j++)
            if (v[j] <= 0 && v[j + 1] > 0) spikes.Add(t[j]);
        var expected = TestSupport.Doubles(Golden.GetProperty("hh_four_clamps_spike_times"));
        Assert.Equal(expected.Length, spikes.Count);
        for (var k = 0; k < expected.Length; k++) Assert.Equal(expected[k], spikes[k], 9);
        var isis = TestSupport.Doubles(Golden.GetProperty("hh_four_clamps_isis"));
        Assert.Equal(isis.Length, spikes.Count - 1);
        for (var k = 0; k < isis.Length; k++) Assert.Equal(isis[k], spikes[k + 1] - spikes[k], 9);
        Assert.Equal(Golden.GetProperty("list_iclamp_count").GetInt32(), sim.List("IClamp").Count);
    }

    private void AssertTrace(JsonElement golden, List<double> t, List<double> v)
    {
        var tExpected = TestSupport.Doubles(golden.GetProperty("t"));
        var vExpected = TestSupport.Doubles(golden.GetProperty("v"));
        var dt = TestSupport.MaxAbsDifference(tExpected, t);
        var dv = TestSupport.MaxAbsDifference(vExpected, v);
        output.WriteLine($"{v.Count} points, max |t - t_NEURON| = {dt:E2} ms, max |v - v_NEURON| = {dv:E2} mV");
        Assert.True(dt <= 1e-9, $"t differs from NEURON's by {dt} ms");
        Assert.True(dv <= 1e-6, $"v differs from NEURON's by {dv} mV");
    }

    private static void AssertSameContent(JsonElement golden, SectionInfo info)
    {
        Assert.Equal(golden.GetProperty("name").GetString(), info.Name);
        Assert.Equal(golden.GetProperty("nseg").GetInt32(), info.Nseg);
        Assert.Equal(golden.GetProperty("Ra").GetDouble(), info.Ra);
        Assert.Equal(TestSupport.Doubles(golden.GetProperty("cm")), info.Cm);
        Assert.Equal(JsonValueKind.Null, golden.GetProperty("cell").ValueKind);
        Assert.Null(info.Cell);
        var morphology = golden.GetProperty("morphology");
        Assert.Equal(morphology.GetProperty("L").GetDouble(), info.Morphology.L);
        Assert.Equal(TestSupport.Doubles(morphology.GetProperty("diam")), info.Morphology.Diam);
        Assert.Equal(morphology.GetProperty("pts3d").GetArrayLength(), info.Morphology.Pts3d.Count);
        Assert.Equal(JsonValueKind.Null, morphology.GetProperty("parent").ValueKind);
        Assert.Null(info.Morphology.Parent);
        Assert.Null(info.Morphology.TrueParent);
        AssertSameValues(golden.GetProperty("density_mechs"), info.DensityMechs);
        AssertSameValues(golden.GetProperty("ions"), info.Ions);
        var points = golden.GetProperty("point_processes");
        Assert.Equal(points.EnumerateObject().Select(p => p.Name).Order(), info.PointProcesses.Keys.Order());
        foreach (var p in points.EnumerateObject())
            Assert.Equal(p.Value.EnumerateArray().Select(e => e.GetString()), info.PointProcesses[p.Name]);
        Assert.Empty(info.Regions);
        Assert.Empty(info.Species);
    }

    private static void AssertSameValues(JsonElement golden, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<double>>> actual)
    {
        Assert.Equal(golden.EnumerateObject().Select(p => p.Name).Order(), actual.Keys.Order());
        foreach (var mech in golden.EnumerateObject())
        {
            var vars = actual[mech.Name];
            Assert.Equal(mech.Value.EnumerateObject().Select(p => p.Name).Order(), vars.Keys.Order());
            foreach (var v in mech.Value.EnumerateObject())
                Assert.Equal(TestSupport.Doubles(v.Value), vars[v.Name]);
        }
    }
}
