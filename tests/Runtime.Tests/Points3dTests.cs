namespace Nrn.Runtime.Tests;

/// <summary>Editing a section that has 3-d points (golden from NEURON: pt3d_edits.json).</summary>
public sealed class Points3dTests
{
    [Fact]
    public void LengthDiameterAndClearMatchNeuron()
    {
        var golden = TestSupport.ReadJson(Path.Combine(TestSupport.RepoRoot, "tests", "golden", "cells", "pt3d_edits.json"))
            .EnumerateArray().ToArray();
        var sim = TestSupport.NewSimulation();
        var dend = sim.Section("dend");
        dend.Nseg = 3;
        foreach (var p in new[] { (0.0, 0.0, 0.0, 2.0), (10, 5, 0, 3), (30, 5, 2, 1), (31, 6, 2, 1) })
            dend.Pt3dAdd(p.Item1, p.Item2, p.Item3, p.Item4);
        Check(golden[0], dend);
        dend.L = 50;
        Check(golden[1], dend);
        dend.Diam = 4;
        Check(golden[2], dend);
        dend.Pt3dClear();
        Check(golden[3], dend);
    }

    private static void Check(System.Text.Json.JsonElement expected, Section section)
    {
        var what = expected.GetProperty("what").GetString();
        Assert.Equal(expected.GetProperty("L").GetDouble(), section.L, 1e-12);
        var points = expected.GetProperty("pts").EnumerateArray().ToArray();
        Assert.Equal(points.Length, section.N3d);
        for (var i = 0; i < points.Length; i++)
        {
            var p = TestSupport.Doubles(points[i]);
            Assert.Equal([p[0], p[1], p[2], p[3]], [section.X3d(i), section.Y3d(i), section.Z3d(i), section.Diam3d(i)]);
            Assert.Equal(p[4], section.Arc3d(i), 1e-12);
        }
        var segments = section.Segments().ToArray();
        foreach (var (name, get) in new (string, Func<Segment, double>)[] { ("area", s => s.Area), ("ri", s => s.Ri), ("diam", s => s.Diam) })
        {
            var e = TestSupport.Doubles(expected.GetProperty(name));
            for (var i = 0; i < e.Length; i++)
                Assert.True(Math.Abs(e[i] - get(segments[i])) <= 1e-12 * Math.Abs(e[i]), $"{what}: {name}[{i}] NEURON {e[i]:R}, ours {get(segments[i]):R}");
        }
    }
}
