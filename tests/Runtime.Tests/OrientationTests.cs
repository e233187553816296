using System.Text.Json;
using Xunit.Abstractions;

namespace Nrn.Runtime.Tests;

/// <summary>A section attached by its 1 end, children on interior nodes, and node-to-node
/// distances, against NEURON (orientation.json from make_cells_golden.py).</summary>
public sealed class OrientationTests(ITestOutputHelper output)
{
    private static readonly JsonElement Golden =
        TestSupport.ReadJson(Path.Combine(TestSupport.RepoRoot, "tests", "golden", "cells", "orientation.json"));

    private static (Simulation Sim, Dictionary<string, Section> Sections, PointProcess Clamp) Build()
    {
        var sim = TestSupport.NewSimulation();
        var s = new[] { "a", "b", "c", "e" }.ToDictionary(n => n, sim.Section);
        s["b"].Connect(s["a"][1], 1);
        s["c"].Connect(s["b"][0.2], 0);
        s["e"].Connect(s["a"][0.3], 0);
        s["b"].Nseg = 3;
        s["a"].Nseg = 5;
        var segments = s["b"].Segments().ToArray();
        for (var i = 0; i < 3; i++) segments[i].Diam = i + 1;
        foreach (var section in s.Values) section.Insert("pas");
        var clamp = sim.PointProcess("IClamp", s["b"][0.2]);
        clamp["del"] = 0.5;
        clamp["dur"] = 2;
        clamp["amp"] = 0.05;
        return (sim, s, clamp);
    }

    [Fact]
    public void TopologyGeometryAndParentsMatchNeuron()
    {
        var (sim, s, clamp) = Build();
        Assert.Equal(Golden.GetProperty("topology").GetString(), sim.Topology());
        Assert.Equal(Golden.GetProperty("orientation").GetDouble(), s["b"].Orientation);
        var expected = Golden.GetProperty("b_segments").EnumerateArray().Select(TestSupport.Doubles).ToArray();
        var segments = s["b"].Segments().ToArray();
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i][0], segments[i].X);
            Assert.Equal(expected[i][1], segments[i].Diam);
            Assert.Equal(expected[i][2], segments[i].Area, 1e-12 * expected[i][2]);
            Assert.Equal(expected[i][3], segments[i].Ri, 1e-12 * expected[i][3]);
        }
        var ends = TestSupport.Doubles(Golden.GetProperty("b_ri_ends"));
        Assert.Equal(ends[0], s["b"][0].Ri, 1e-12 * ends[0]);
        Assert.Equal(ends[1], s["b"][1].Ri);
        foreach (var p in Golden.GetProperty("parents").EnumerateObject())
        {
            var info = s[p.Name].PSection().Morphology;
            Assert.Equal(p.Value[0].GetString(), info.Parent);
            Assert.Equal(p.Value[1].GetString(), info.TrueParent);
        }
        Assert.Equal(Golden.GetProperty("clamp_x").GetDouble(), clamp.Location.X);
    }

    [Fact]
    public void DistancesMatchNeuron()
    {
        var (sim, s, _) = Build();
        foreach (var d in Golden.GetProperty("distances").EnumerateArray())
        {
            var origin = s[d[0].GetString()!][d[1].GetDouble()];
            var target = s[d[2].GetString()!][d[3].GetDouble()];
            Assert.True(Math.Abs(d[4].GetDouble() - sim.Distance(origin, target)) <= 1e-9,
                $"distance {origin} -> {target}: NEURON {d[4].GetDouble()}, ours {sim.Distance(origin, target)}");
        }
    }

    [Fact]
    public void TracesMatchNeuron()
    {
        var (sim, s, clamp) = Build();
        var sites = Golden.GetProperty("record").EnumerateArray().Select(r => s[r[0].GetString()!][r[1].GetDouble()]).ToArray();
        var expected = Golden.GetProperty("v").EnumerateArray().Select(TestSupport.Doubles).ToArray();
        var v = sites.Select(_ => new List<double>()).ToArray();
        sim.FInitialize(-65);
        for (var k = 0; k < sites.Length; k++) v[k].Add(sites[k].V);
        while (sim.T < 5 - sim.Dt / 2)
        {
            sim.FAdvance();
            for (var k = 0; k < sites.Length; k++) v[k].Add(sites[k].V);
        }
        for (var k = 0; k < sites.Length; k++)
        {
            var dv = TestSupport.MaxAbsDifference(expected[k], v[k]);
            output.WriteLine($"{sites[k]}: max |v - v_NEURON| = {dv:E2} mV");
            Assert.True(dv <= 1e-6, $"{sites[k]}: v differs from NEURON's by {dv} mV");
        }
        foreach (var change in Golden.GetProperty("nseg_changes").EnumerateArray())
        {
            s["b"].Nseg = change.GetProperty("nseg").GetInt32();
            var segments = s["b"].Segments().ToArray();
            Assert.Equal(TestSupport.Doubles(change.GetProperty("diam")), segments.Select(g => g.Diam));
            var vExpected = TestSupport.Doubles(change.GetProperty("v"));
            Assert.True(TestSupport.MaxAbsDifference(vExpected, [.. segments.Select(g => g.V)]) <= 1e-6);
            Assert.Equal(change.GetProperty("clamp_x").GetDouble(), clamp.Location.X, 15);
        }
    }
}
