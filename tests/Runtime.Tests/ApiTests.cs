using static Nrn.Units;

namespace Nrn.Runtime.Tests;

/// <summary>The scripting surface a NEURON user translates to: defaults, names, navigation.</summary>
public sealed class ApiTests
{
    [Fact]
    public void DefaultsAreNeurons()
    {
        var sim = TestSupport.NewSimulation();
        var s = sim.Section("soma");
        Assert.Equal((100.0, 500.0, 35.4, 1.0, 1), (s.L, s.Diam, s.Ra, s.Cm, s.Nseg));
        Assert.Equal((0.025, 6.3, -65.0), (sim.Dt, sim.Celsius, sim.VInit));
        Assert.Equal(-65, s[0.5].V);
        Assert.Equal(Math.PI * 500 * 100, s[0.5].Area, 1e-9);
        Assert.Equal(0, s[0].Area);
    }

    [Fact]
    public void ScriptStyleAssignmentsReachTheModel()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        soma[0.5].Mech("hh")["gkbar"] = 0.01;
        soma[0.5]["gnabar_hh"] = 0.2;
        sim.FInitialize(-60 * mV);
        Assert.Equal(0.01, soma[0.5]["gkbar_hh"]);
        Assert.Equal(0.2, soma[0.5].Mech("hh")["gnabar"]);
        soma[0.5].V = -50;
        Assert.Equal(-50, soma[0.5]["v"]);
        soma[0.5].Mech("hh")["gnabar"] = 0;
        soma[0.5].Mech("hh")["gkbar"] = 0;
        soma[0.5].Mech("hh")["gl"] = 0;
        sim.FAdvance();
        Assert.Equal(-50, soma[0.5].V, 12);
        Assert.Equal(0.025 * ms, sim.T, 15);
    }

    [Fact]
    public void SectionEndsReadTheEndSegmentsButHoldNoMechanism()
    {
        // NEURON 8.2.2, nseg 3 with gnabar_hh 0.1, 0.2, 0.3: s(0).gnabar_hh = 0.1, s(1).gnabar_hh = 0.3,
        // s(0).hh raises "hh, the mechanism does not exist at s(0)".
        var sim = TestSupport.NewSimulation();
        var s = sim.Section("s");
        s.Nseg = 3;
        s.Insert("hh");
        var segments = s.Segments().ToArray();
        for (var i = 0; i < 3; i++) segments[i]["gnabar_hh"] = 0.1 * (i + 1);
        Assert.Equal(0.1, s[0]["gnabar_hh"]);
        Assert.Equal(0.30000000000000004, s[1]["gnabar_hh"]);
        Assert.Equal(50, s[0]["ena"]);
        Assert.Contains("s(0): mechanism 'hh' does not exist at a section end", Assert.Throws<ArgumentException>(() => s[0].Mech("hh")).Message);
        Assert.Contains("s(1)", Assert.Throws<ArgumentException>(() => s[1].Mech("hh")).Message);
    }

    [Fact]
    public void SectionLevelValuesAreThoseAtTheMiddle()
    {
        // NEURON 8.2.2: nseg 3 with segment diam and cm 1, 2, 3 gives sec.diam = sec.cm = 2;
        // nseg 4 with diam 1, 2, 3, 4 gives sec.diam = 3.
        var sim = TestSupport.NewSimulation();
        var s = sim.Section("s");
        s.Nseg = 3;
        var segments = s.Segments().ToArray();
        for (var i = 0; i < 3; i++) (segments[i].Diam, segments[i].Cm) = (i + 1, i + 1);
        Assert.Equal((2.0, 2.0), (s.Diam, s.Cm));
        s.Nseg = 4;
        segments = s.Segments().ToArray();
        for (var i = 0; i < 4; i++) segments[i].Diam = i + 1;
        Assert.Equal(3, s.Diam);
    }

    [Fact]
    public void FInitializeWithoutArgumentKeepsTheVoltages()
    {
        // NEURON 8.2.2: s(0.5).v = -20; h.finitialize(); s(0.5).v is still -20.
        var sim = TestSupport.NewSimulation();
        var s = sim.Section("s");
        s.Insert("pas");
        s[0.5].V = -20;
        sim.FInitialize();
        Assert.Equal(-20, s[0.5].V);
        Assert.Equal(0, sim.T);
        sim.FInitialize(-70);
        Assert.Equal(-70, s[0.5].V);
    }

    [Fact]
    public void RunGoesFromVInitToTstop()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("pas");
        sim.VInit = -70;
        sim.Tstop = 2 * ms;
        sim.Run();
        Assert.Equal(80, Math.Round(sim.T / sim.Dt));
        Assert.Equal(-70, soma[0.5].V, 9);
        sim.ContinueRun(3);
        Assert.Equal(120, Math.Round(sim.T / sim.Dt));
    }

    [Fact]
    public void TreeNavigation()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        var a = sim.Section("a").Connect(soma[1]);
        var b = sim.Section("b").Connect(soma[0]);
        var c = sim.Section("c").Connect(b[0]);
        Assert.Equal([b, a], soma.Children);
        Assert.Equal([soma, b, c, a], soma.Subtree());
        Assert.Equal([soma, b, c, a], c.WholeTree());
        Assert.Equal(soma, c.Root);
        Assert.Equal(b[0], c.ParentSegment);
        Assert.Null(soma.ParentSegment);
        Assert.Equal("b(0)", c.PSection().Morphology.Parent);
        Assert.Null(c.PSection().Morphology.TrueParent);
        Assert.Null(b.PSection().Morphology.TrueParent);
        Assert.Equal("soma(1)", a.PSection().Morphology.TrueParent);
        Assert.Equal(soma[0].V, c[0].V);
        c[0].V = -10;
        Assert.Equal(-10, soma[0].V);
    }

    [Fact]
    public void SegmentsEnumerateCentresAndEnds()
    {
        var sim = TestSupport.NewSimulation();
        var s = sim.Section("s");
        s.Nseg = 4;
        Assert.Equal([0.125, 0.375, 0.625, 0.875], s.Segments().Select(g => g.X));
        Assert.Equal([0, 0.125, 0.375, 0.625, 0.875, 1], s.AllSegments().Select(g => g.X));
        Assert.Equal("s(0.375)", s[0.375].ToString());
    }

    [Fact]
    public void PointProcessesAreNamedAndListedInCreationOrder()
    {
        var sim = TestSupport.NewSimulation();
        var s = sim.Section("s");
        var elsewhere = TestSupport.NewSimulation().Section("elsewhere");
        Assert.Contains("belongs to another simulation", Assert.Throws<ArgumentException>(() => sim.PointProcess("IClamp", elsewhere[0.5])).Message);
        var first = sim.PointProcess("IClamp", s[0.2]);
        var second = sim.PointProcess("IClamp", s[0.8]);
        Assert.Equal(["IClamp[0]", "IClamp[1]"], sim.List("IClamp").Select(p => p.Name));
        sim.Remove(first);
        var third = sim.PointProcess("IClamp", s[0.5]);
        Assert.Equal(["IClamp[1]", "IClamp[2]"], sim.List("IClamp").Select(p => p.Name));
        sim.Remove(second);
        sim.Remove(sim.List("IClamp")[0]);
        Assert.Equal("IClamp[0]", sim.PointProcess("IClamp", s[0.5]).Name);
        third["amp"] = 2;
        Assert.Equal(2, third["amp"]);
        third["delay"] = 4;
        Assert.Equal(4, third["del"]);
    }

    [Fact]
    public void GlobalsAreSharedByNameAndReachTheKernels()
    {
        var sim = new Simulation();
        var type = sim.Register(new Abi.MechanismDescriptor("glob", Abi.MechanismKind.Density, [], [
            new Abi.GlobalVariable("tau", "ms", Abi.VariableKind.Parameter, 5, 0),
            new Abi.GlobalVariable("w", "", Abi.VariableKind.Parameter, 1, 1, 2),
        ], [], [], 0, false, "test", () => throw new InvalidOperationException("not run")));
        Assert.Equal(5, type["tau"]);
        Assert.Equal(1, type["w", 1]);
        type["w", 1] = 3;
        Assert.Equal([5.0, 1, 3], type.Globals);
        Assert.Contains("glob: no GLOBAL variable 'tua'", Assert.Throws<ArgumentException>(() => type["tua"]).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => type["w", 2]);
    }
}
