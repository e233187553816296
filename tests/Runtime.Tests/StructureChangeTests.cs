using System.Text.Json;

namespace Nrn.Runtime.Tests;

/// <summary>What survives changes of structure: NEURON's nseg semantics (golden from NEURON) and
/// values computed by a run when the model is rebuilt.</summary>
public sealed class StructureChangeTests
{
    [Fact]
    public void NsegChangesKeepValuesAndMovePointProcessesAsNeuronDoes()
    {
        var golden = TestSupport.ReadJson(Path.Combine(TestSupport.RepoRoot, "tests", "golden", "cells", "nseg_change.json"));
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        var initial = golden.GetProperty("initial");
        soma.Nseg = initial.GetProperty("nseg").GetInt32();
        var segments = soma.Segments().ToArray();
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i].Diam = initial.GetProperty("diam")[i].GetDouble();
            segments[i]["gnabar_hh"] = initial.GetProperty("gnabar")[i].GetDouble();
            segments[i].V = initial.GetProperty("v")[i].GetDouble();
        }
        var clamp = sim.PointProcess("IClamp", soma[initial.GetProperty("clamp_x").GetDouble()]);
        foreach (var step in golden.GetProperty("steps").EnumerateArray())
        {
            soma.Nseg = step.GetProperty("nseg").GetInt32();
            var segs = soma.Segments().ToArray();
            Assert.Equal(TestSupport.Doubles(step.GetProperty("diam")), segs.Select(s => s.Diam));
            Assert.Equal(TestSupport.Doubles(step.GetProperty("gnabar")), segs.Select(s => s.Mech("hh")["gnabar"]));
            Assert.Equal(TestSupport.Doubles(step.GetProperty("v")), segs.Select(s => s.V));
            Assert.Equal(step.GetProperty("clamp_x").GetDouble(), clamp.Location.X, 15);
        }
    }

    [Fact]
    public void ValuesComputedByARunSurviveARebuild()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        clamp["del"] = 0.5;
        clamp["dur"] = 5;
        clamp["amp"] = 20;
        sim.FInitialize(-65);
        sim.ContinueRun(2);
        var seg = soma[0.5];
        var (v, m, ina, i, t) = (seg.V, seg["m_hh"], seg["ina"], clamp["i"], sim.T);
        Assert.NotEqual(-65, v);
        Assert.Equal(20, i);
        var dend = sim.Section("dend");
        dend.Connect(soma);
        dend.Insert("pas");
        Assert.Equal(v, seg.V);
        Assert.Equal(m, seg["m_hh"]);
        Assert.Equal(ina, seg["ina"]);
        Assert.Equal(i, clamp["i"]);
        Assert.Equal(t, sim.T);
        Assert.Equal(-65, dend[0.5].V);
        sim.ContinueRun(3);
        Assert.True(sim.T > t);
    }

    [Fact]
    public void UninsertAndDeleteRemoveFromTheModel()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("pas");
        Assert.True(soma.HasMembrane("pas"));
        soma.Uninsert("pas");
        Assert.False(soma.HasMembrane("pas"));
        var dend = sim.Section("dend");
        dend.Connect(soma);
        var tip = sim.Section("tip");
        tip.Connect(dend);
        sim.PointProcess("IClamp", dend[0.5]);
        sim.DeleteSection(dend);
        Assert.Equal(["soma", "tip"], sim.AllSec.Select(s => s.Name));
        Assert.Null(tip.Parent);
        Assert.Empty(sim.List("IClamp"));
        Assert.Equal("\n|-|       soma(0-1)\n|-|       tip(0-1)\n\n", sim.Topology());
        sim.FInitialize(-70);
        sim.ContinueRun(1);
        Assert.Equal(-70, soma[0.5].V, 12);
    }
}
