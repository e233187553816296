using Nrn.Runtime.Tests.Doubles;
using Xunit.Abstractions;

namespace Nrn.Runtime.Tests;

/// <summary>POINTER variables: two hh cells coupled by gap junctions whose POINTERs read the other
/// cell's v, against NEURON (gap.json from make_gap_golden.py).</summary>
public sealed class PointerTests(ITestOutputHelper output)
{
    [Fact]
    public void GapJunctionCoupledCellsMatchNeuron()
    {
        var golden = TestSupport.ReadJson(Path.Combine(TestSupport.RepoRoot, "tests", "golden", "cells", "gap.json"));
        var sim = TestSupport.NewSimulation();
        sim.Register(Gap.Descriptor);
        var a = sim.Section("a");
        var b = sim.Section("b");
        foreach (var s in new[] { a, b })
        {
            s.L = 20;
            s.Diam = 20;
            s.Insert("hh");
        }
        var ga = sim.PointProcess("Gap", a[0.5]);
        var gb = sim.PointProcess("Gap", b[0.5]);
        ga["g"] = gb["g"] = golden.GetProperty("g").GetDouble();
        ga.SetPointer("vgap", b[0.5].Ref("v"));
        gb.SetPointer("vgap", a[0.5].Ref("v"));
        var clamp = sim.PointProcess("IClamp", a[0.5]);
        var c = TestSupport.Doubles(golden.GetProperty("clamp"));
        (clamp["del"], clamp["dur"], clamp["amp"]) = (c[0], c[1], c[2]);

        var va = new List<double>();
        var vb = new List<double>();
        sim.FInitialize(-65);
        va.Add(a[0.5].V);
        vb.Add(b[0.5].V);
        while (sim.T < golden.GetProperty("tstop").GetDouble() - sim.Dt / 2)
        {
            sim.FAdvance();
            va.Add(a[0.5].V);
            vb.Add(b[0.5].V);
        }
        var da = TestSupport.MaxAbsDifference(TestSupport.Doubles(golden.GetProperty("va")), va);
        var db = TestSupport.MaxAbsDifference(TestSupport.Doubles(golden.GetProperty("vb")), vb);
        output.WriteLine($"max |v - v_NEURON|: a {da:E2} mV, b {db:E2} mV");
        Assert.True(da <= 1e-6 && db <= 1e-6, $"differs from NEURON by {da} and {db} mV");
    }

    [Fact]
    public void PointerNamesAndOwnershipAreChecked()
    {
        var sim = TestSupport.NewSimulation();
        sim.Register(Gap.Descriptor);
        var s = sim.Section("s");
        var gap = sim.PointProcess("Gap", s[0.5]);
        Assert.Contains("Gap[0]: no POINTER 'vgp'", Assert.Throws<ArgumentException>(() => gap.SetPointer("vgp", s[0.5].Ref("v"))).Message);
        var other = TestSupport.NewSimulation().Section("t");
        Assert.Contains("belongs to another simulation", Assert.Throws<ArgumentException>(() => gap.SetPointer("vgap", other[0.5].Ref("v"))).Message);
        var dend = sim.Section("dend");
        dend.Insert("pas");
        gap.SetPointer("vgap", dend[0.5].Ref("v"));
        sim.FInitialize(-65);
        var e = dend[0.5].Ref("i_pas");
        sim.DeleteSection(dend);
        Assert.Contains("dend(0.5).v is no longer part of the model", Assert.Throws<InvalidOperationException>(() => sim.FInitialize(-65)).Message);
        gap.SetPointer("vgap", s[0.5].Ref("v"));
        Assert.Contains("dend(0.5).i_pas is no longer part of the model", Assert.Throws<InvalidOperationException>(() => e.Resolve()).Message);
        sim.FInitialize(-65);
        sim.FAdvance();
        Assert.Equal(0, gap["i"]);
    }
}
