using System.Text.Json;
using Xunit.Abstractions;

namespace Nrn.Runtime.Tests;

/// <summary>Multi-section cells (tests/oracle/cells/make_cells_golden.py) against NEURON's
/// geometry and traces: nseg 1..21, per-segment diameters, 3-d points, varied Ra and cm,
/// attachments at 1, 0 and inside a parent, pas and hh.</summary>
public sealed class CellGoldenTests(ITestOutputHelper output)
{
    private static readonly (string Child, string Parent, double X)[] Tree =
    [
        ("proxApical", "soma", 1.0), ("apic1", "proxApical", 1.0), ("apic2", "proxApical", 0.7),
        ("proxBasal", "soma", 0.0), ("distBasal1", "proxBasal", 1.0), ("distBasal2", "proxBasal", 0.0),
    ];

    public static TheoryData<string> Cells => new() { "passive_tree", "hh_tree", "hh_tree_dt01_30C", "pt3d_tree" };

    [Theory]
    [MemberData(nameof(Cells))]
    public void GeometryMatchesNeuron(string cell)
    {
        var golden = Load(cell);
        var (_, sections) = Build(golden);
        foreach (var (name, section) in sections)
        {
            Assert.Equal(golden.GetProperty("L_result").GetProperty(name).GetDouble(), section.L, 1e-12 * section.L);
            var segments = section.Segments().ToArray();
            AssertClose(golden.GetProperty("area").GetProperty(name), segments.Select(s => s.Area), $"{name} area");
            AssertClose(golden.GetProperty("ri").GetProperty(name), segments.Select(s => s.Ri), $"{name} ri");
            AssertClose(golden.GetProperty("seg_diam").GetProperty(name), segments.Select(s => s.Diam), $"{name} diam");
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void TracesMatchNeuron(string cell)
    {
        var golden = Load(cell);
        var (sim, sections) = Build(golden);
        var sites = golden.GetProperty("record").EnumerateArray()
            .Select(r => sections[r[0].GetString()!][r[1].GetDouble()]).ToArray();
        var every = golden.GetProperty("every").GetInt32();
        var tstop = golden.GetProperty("tstop").GetDouble();
        var t = new List<double>();
        var v = sites.Select(_ => new List<double>()).ToArray();
        sim.FInitialize(golden.GetProperty("v_init").GetDouble());
        for (var step = 0; ; step++)
        {
            if (step % every == 0)
            {
                t.Add(sim.T);
                for (var k = 0; k < sites.Length; k++) v[k].Add(sites[k].V);
            }
            if (!(sim.T < tstop - sim.Dt / 2)) break;
            sim.FAdvance();
        }
        Assert.Equal(0, TestSupport.MaxAbsDifference(TestSupport.Doubles(golden.GetProperty("t")), t), 12);
        var goldenV = golden.GetProperty("v").EnumerateArray().Select(TestSupport.Doubles).ToArray();
        for (var k = 0; k < sites.Length; k++)
        {
            var dv = TestSupport.MaxAbsDifference(goldenV[k], v[k]);
            output.WriteLine($"{cell} {sites[k]}: {v[k].Count} points, max |v - v_NEURON| = {dv:E2} mV");
            Assert.True(dv <= 1e-6, $"{cell} {sites[k]}: v differs from NEURON's by {dv} mV");
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void PSectionAfterTheRunMatchesNeuron(string cell)
    {
        var golden = Load(cell);
        var (sim, sections) = Build(golden);
        sim.FInitialize(golden.GetProperty("v_init").GetDouble());
        sim.ContinueRun(golden.GetProperty("tstop").GetDouble());
        foreach (var expected in golden.GetProperty("psection").EnumerateObject())
        {
            var info = sections[expected.Name].PSection();
            var e = expected.Value;
            Assert.Equal(e.GetProperty("name").GetString(), info.Name);
            Assert.Equal(e.GetProperty("nseg").GetInt32(), info.Nseg);
            Assert.Equal(e.GetProperty("Ra").GetDouble(), info.Ra);
            Assert.Equal(TestSupport.Doubles(e.GetProperty("cm")), info.Cm);
            var morphology = e.GetProperty("morphology");
            Assert.Equal(morphology.GetProperty("L").GetDouble(), info.Morphology.L, 1e-12 * info.Morphology.L);
            AssertClose(morphology.GetProperty("diam"), info.Morphology.Diam, $"{expected.Name} diam");
            var points = morphology.GetProperty("pts3d").EnumerateArray().Select(TestSupport.Doubles).ToArray();
            Assert.Equal(points, info.Morphology.Pts3d.Select(p => new double[] { p.X, p.Y, p.Z, p.Diam }));
            Assert.Equal(NullableString(morphology.GetProperty("parent")), info.Morphology.Parent);
            Assert.Equal(NullableString(morphology.GetProperty("trueparent")), info.Morphology.TrueParent);
            foreach (var (kind, actual) in new[] { ("density_mechs", info.DensityMechs), ("ions", info.Ions) })
            {
                var mechs = e.GetProperty(kind);
                Assert.Equal(mechs.EnumerateObject().Select(m => m.Name).Order(), actual.Keys.Order());
                foreach (var mech in mechs.EnumerateObject())
                {
                    Assert.Equal(mech.Value.EnumerateObject().Select(v => v.Name).Order(), actual[mech.Name].Keys.Order());
                    foreach (var variable in mech.Value.EnumerateObject())
                        Assert.Equal(TestSupport.Doubles(variable.Value), actual[mech.Name][variable.Name]);
                }
            }
            var pointProcesses = e.GetProperty("point_processes");
            Assert.Equal(pointProcesses.EnumerateObject().Select(p => (p.Name, p.Value.EnumerateArray().Select(n => n.GetString()!).ToArray())),
                info.PointProcesses.Select(p => (p.Key, p.Value.ToArray())));
        }
    }

    private static string? NullableString(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetString();

    private static JsonElement Load(string cell) =>
        TestSupport.ReadJson(Path.Combine(TestSupport.RepoRoot, "tests", "golden", "cells", cell + ".json"));

    private static (Simulation, Dictionary<string, Section>) Build(JsonElement golden)
    {
        var sim = TestSupport.NewSimulation();
        sim.Celsius = golden.GetProperty("celsius").GetDouble();
        sim.Dt = golden.GetProperty("dt").GetDouble();
        var specs = golden.GetProperty("sections").EnumerateArray().ToArray();
        var sections = specs.ToDictionary(s => s.GetProperty("name").GetString()!, s => sim.Section(s.GetProperty("name").GetString()!));
        foreach (var (child, parent, x) in Tree) sections[child].Connect(sections[parent][x]);
        foreach (var spec in specs)
        {
            var section = sections[spec.GetProperty("name").GetString()!];
            if (spec.GetProperty("pt3d").ValueKind == JsonValueKind.Array)
            {
                foreach (var p in spec.GetProperty("pt3d").EnumerateArray())
                    section.Pt3dAdd(p[0].GetDouble(), p[1].GetDouble(), p[2].GetDouble(), p[3].GetDouble());
                section.Nseg = spec.GetProperty("nseg").GetInt32();
            }
            else
            {
                section.Nseg = spec.GetProperty("nseg").GetInt32();
                section.L = spec.GetProperty("L").GetDouble();
                section.Diam = spec.GetProperty("diam").GetDouble();
            }
            if (spec.GetProperty("seg_diams").ValueKind == JsonValueKind.Array)
            {
                var diams = TestSupport.Doubles(spec.GetProperty("seg_diams"));
                var segments = section.Segments().ToArray();
                for (var i = 0; i < diams.Length; i++) segments[i].Diam = diams[i];
            }
            section.Ra = spec.GetProperty("Ra").GetDouble();
            section.Cm = spec.GetProperty("cm").GetDouble();
            foreach (var mech in spec.GetProperty("mechs").EnumerateObject())
            {
                section.Insert(mech.Name);
                foreach (var parameter in mech.Value.EnumerateObject())
                    foreach (var seg in section.Segments())
                        seg[parameter.Name + "_" + mech.Name] = parameter.Value.GetDouble();
            }
        }
        foreach (var c in golden.GetProperty("clamps").EnumerateArray())
        {
            var clamp = sim.PointProcess("IClamp", sections[c.GetProperty("sec").GetString()!][c.GetProperty("x").GetDouble()]);
            clamp["del"] = c.GetProperty("del").GetDouble();
            clamp["dur"] = c.GetProperty("dur").GetDouble();
            clamp["amp"] = c.GetProperty("amp").GetDouble();
        }
        return (sim, sections);
    }

    private static void AssertClose(JsonElement expected, IEnumerable<double> actual, string what)
    {
        var e = TestSupport.Doubles(expected);
        var a = actual.ToArray();
        Assert.Equal(e.Length, a.Length);
        for (var i = 0; i < e.Length; i++)
            Assert.True(Math.Abs(e[i] - a[i]) <= 1e-12 * Math.Abs(e[i]), $"{what}[{i}]: NEURON {e[i]:R}, ours {a[i]:R}");
    }
}
