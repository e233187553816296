namespace Nrn.Runtime.Tests;

/// <summary>A model reached through many edits, runs and rebuilds behaves exactly like the same
/// model built in one go: the write-back of compiled values loses and mixes up nothing.</summary>
public sealed class RebuildConsistencyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EditedModelRunsLikeAFreshOne(int seed)
    {
        var plan = Plan(seed);
        var fresh = TestSupport.NewSimulation();
        var freshSites = Apply(fresh, plan, runBetweenEdits: false);
        var edited = TestSupport.NewSimulation();
        var editedSites = Apply(edited, plan, runBetweenEdits: true);
        var expected = Run(fresh, freshSites);
        var actual = Run(edited, editedSites);
        Assert.Equal(expected, actual);
    }

    private sealed record SectionPlan(string Name, int Parent, double ParentX, int ChildEnd, int Nseg, double L, double Diam, double Ra, bool Hh, double G);

    private static SectionPlan[] Plan(int seed)
    {
        var random = new Random(seed);
        var plan = new SectionPlan[12];
        for (var i = 0; i < plan.Length; i++)
            plan[i] = new SectionPlan($"s{i}", i == 0 ? -1 : random.Next(i), random.Next(5) / 4.0, random.Next(4) == 0 ? 1 : 0,
                1 + 2 * random.Next(6), 20 + random.NextDouble() * 200, 0.5 + random.NextDouble() * 4, 30 + random.NextDouble() * 150,
                random.Next(3) == 0, random.NextDouble());
        return plan;
    }

    private static Segment[] Apply(Simulation sim, SectionPlan[] plan, bool runBetweenEdits)
    {
        var sections = new List<Section>();
        foreach (var p in plan)
        {
            var s = sim.Section(p.Name);
            sections.Add(s);
            if (p.Parent >= 0) s.Connect(sections[p.Parent][p.ParentX], p.ChildEnd);
            s.Nseg = p.Nseg;
            s.L = p.L;
            s.Diam = p.Diam;
            s.Ra = p.Ra;
            s.Insert(p.Hh ? "hh" : "pas");
            foreach (var seg in s.Segments())
                seg[p.Hh ? "gnabar_hh" : "g_pas"] = p.Hh ? 0.05 + 0.2 * p.G : 1e-4 + 1e-3 * p.G;
            if (runBetweenEdits)
            {
                sim.FInitialize(-60);
                sim.ContinueRun(0.5);
            }
        }
        var clamp = sim.PointProcess("IClamp", sections[0][0.5]);
        clamp["del"] = 0.2;
        clamp["dur"] = 1;
        clamp["amp"] = 2;
        if (runBetweenEdits)
        {
            sim.FInitialize(-60);
            sim.ContinueRun(1);
            sections[^1].Nseg *= 3;
            sections[^1].Nseg /= 3;
        }
        return [.. sections.Select(s => s[0.3])];
    }

    private static double[] Run(Simulation sim, Segment[] sites)
    {
        sim.FInitialize(-65);
        sim.ContinueRun(5);
        return [.. sites.Select(s => s.V), .. sites.Select(s => s.Section.HasMembrane("hh") ? s["m_hh"] : s["i_pas"])];
    }
}
