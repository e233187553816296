using Nrn.Runtime.Tests.Events;

namespace Nrn.Runtime.Tests.Model;

/// <summary>Interleaving cells of one shape in vector lanes changes where their nodes live, not
/// their arithmetic: a network of cells of mixed random shapes gives the same numbers to the bit
/// with and without it, everywhere a user can look (voltages at every segment, states, ion
/// currents, point-process currents, spike times), across a structural edit in mid-run.</summary>
public sealed class CellInterleavingTests
{
    private static int Lanes => InterleavedMatrix.Lanes;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void InterleavedLayoutGivesThePlainLayoutsNumbers(int seed)
    {
        var plain = RunNetwork(seed, interleave: false, out var plainModel);
        var interleaved = RunNetwork(seed, interleave: true, out var interleavedModel);

        Assert.Empty(plainModel.Groups);
        Assert.NotEmpty(interleavedModel.Groups);
        Assert.True(interleavedModel.PlainCellStart.Length > 1, "some cells should be left over in the plain layout");
        Assert.Equal(plain.Count, interleaved.Count);
        for (var k = 0; k < plain.Count; k++)
            Assert.True(plain[k].Values.SequenceEqual(interleaved[k].Values), $"{plain[k].Name} differs between the layouts");
        Assert.Contains(plain, r => r.Name == "spike times" && r.Values.Length > 5);
    }

    [Fact]
    public void GroupsHoldFullLanesOfOneShapeAndTheRestStaysPlain()
    {
        var sim = EventTestSupport.NewSimulation();
        var random = new Random(7);
        var shapeA = RandomShape(random);
        var shapeB = RandomShape(random);
        var cellsA = 2 * Lanes + 3;
        var cellsB = Lanes - 1;
        for (var c = 0; c < cellsA + cellsB; c++) Build(sim, c < cellsA ? shapeA : shapeB, $"c{c}", random);
        sim.FInitialize(-65);
        var layout = sim.CompiledModel!.Layout;
        var width = InterleavedMatrix.Width;
        int[] expected = Lanes == 1 ? [] : [Lanes, Lanes, .. cellsB >= width ? new[] { cellsB / width * width } : []];
        Assert.Equal(expected, layout.Groups.Select(g => g.Lanes));
        var plain = Lanes == 1 ? cellsA + cellsB : 3 % width + cellsB % width;
        Assert.Equal(plain, layout.PlainCellStart.Length - 1);
        Assert.Equal(sim.CellGroup.NodeCount, layout.PlainCellStart[^1]);
    }

    [Fact]
    public void DensityInstancesOfAGroupAreInterleavedAndStillAddressedPerSegment()
    {
        var sim = EventTestSupport.NewSimulation();
        var dends = new List<Section>();
        for (var c = 0; c < Lanes; c++)
        {
            var soma = sim.Section($"soma{c}");
            soma.Insert("hh");
            var dend = sim.Section($"dend{c}").Connect(soma[1]);
            dend.Nseg = 5;
            dend.Insert("pas");
            for (var j = 0; j < 5; j++) dend[(j + 0.5) / 5]["g_pas"] = c * 10 + j;
            dends.Add(dend);
        }
        dends[0].Insert("hh");
        sim.FInitialize(-65);

        var pas = dends[0].Find("pas")!;
        Assert.Equal(Lanes, pas.InstanceStride);
        Assert.Equal(1, dends[0].Find("hh")!.InstanceStride);
        for (var c = 0; c < Lanes; c++)
            for (var j = 0; j < 5; j++)
            {
                var seg = dends[c][(j + 0.5) / 5];
                Assert.Equal(c * 10 + j, seg["g_pas"]);
                Assert.Equal(c * 10 + j, seg.Mech("pas")["g"]);
                Assert.Equal(c * 10 + j, seg.Ref("g_pas").Value);
                Assert.Equal(seg.Ref("v").Resolve().Index, pas.Block!.NodeIndex[dends[c].Find("pas")!.Instance(j)]);
            }
        dends[1][0.5]["g_pas"] = 99;
        sim.Section("extra");
        Assert.Equal(99, dends[1][0.5]["g_pas"]);
        Assert.Equal(1 * 10 + 4, dends[1][0.9]["g_pas"]);
    }

    private sealed record Trace(string Name, double[] Values);

    private sealed record SectionPlan(int Parent, double ParentX, int ChildEnd, int Nseg);

    /// <summary>A random tree of up to six sections (interior, 0-end and 1-end attachments).</summary>
    private static SectionPlan[] RandomShape(Random random)
    {
        var plan = new SectionPlan[1 + random.Next(6)];
        for (var i = 0; i < plan.Length; i++)
            plan[i] = new SectionPlan(i == 0 ? -1 : random.Next(i), random.Next(5) / 4.0, random.Next(4) == 0 ? 1 : 0, 1 + random.Next(9));
        return plan;
    }

    /// <summary>One cell of the given shape with its own geometry and mechanisms: hh in the root,
    /// hh or pas elsewhere, per-segment conductances.</summary>
    private static Section[] Build(Simulation sim, SectionPlan[] shape, string name, Random random)
    {
        var sections = new Section[shape.Length];
        for (var i = 0; i < shape.Length; i++)
        {
            var p = shape[i];
            var s = sections[i] = sim.Section($"{name}.s{i}");
            if (p.Parent >= 0) s.Connect(sections[p.Parent][p.ParentX], p.ChildEnd);
            s.Nseg = p.Nseg;
            s.L = 10 + random.NextDouble() * 200;
            s.Diam = 0.5 + random.NextDouble() * 20;
            s.Ra = 30 + random.NextDouble() * 150;
            s.Cm = 0.5 + random.NextDouble();
            var hh = i == 0 || random.Next(3) == 0;
            s.Insert(hh ? "hh" : "pas");
            foreach (var seg in s.Segments())
                seg[hh ? "gnabar_hh" : "g_pas"] = hh ? 0.08 + 0.1 * random.NextDouble() : 1e-4 + 1e-3 * random.NextDouble();
        }
        return sections;
    }

    private static List<Trace> RunNetwork(int seed, bool interleave, out NodeLayout layout)
    {
        var random = new Random(seed);
        var sim = EventTestSupport.NewSimulation();
        sim.InterleaveCells = interleave;
        var shapes = new[] { RandomShape(random), RandomShape(random), RandomShape(random), [new SectionPlan(-1, 0, 0, 1)] };
        int[] counts = [2 * Lanes + 3, Lanes, 2, Lanes + 1];
        var cells = new List<Section[]>();
        for (var k = 0; k < shapes.Length; k++)
            for (var c = 0; c < counts[k]; c++) cells.Add(Build(sim, shapes[k], $"cell{cells.Count}", random));
        var traces = new List<(string Name, Vector Values)>();
        var spikeTimes = new List<double>();
        var spikeIds = new List<double>();
        sim.SpikeRecord(spikeTimes, spikeIds);
        for (var c = 0; c < cells.Count; c++)
        {
            var soma = cells[c][0];
            if (random.Next(3) == 0)
            {
                var clamp = sim.PointProcess("IClamp", soma[0.5]);
                clamp["del"] = random.NextDouble() * 2;
                clamp["dur"] = 3 + random.NextDouble() * 5;
                clamp["amp"] = 0.5 + random.NextDouble() * 2;
                traces.Add(($"IClamp on cell {c} i", new Vector().Record(clamp.Ref("i"))));
            }
            // Synapses on random cells: events cross between groups and plain cells.
            var target = cells[random.Next(cells.Count)];
            var synapse = sim.PointProcess("ExpSyn", target[^1][random.NextDouble()]);
            synapse["tau"] = 0.5 + random.NextDouble() * 3;
            _ = new NetCon(soma[0.5], synapse) { Delay = 0.5 + random.NextDouble() * 2, Threshold = -10, Weight = { [0] = 0.01 + 0.05 * random.NextDouble() } };
            traces.Add(($"ExpSyn on cell {c} g", new Vector().Record(synapse.Ref("g"))));
            traces.Add(($"cell {c} m_hh", new Vector().Record(soma[0.5].Ref("m_hh"))));
            traces.Add(($"cell {c} ina", new Vector().Record(soma[0.5].Ref("ina"))));
            foreach (var s in cells[c])
                foreach (var seg in s.AllSegments())
                    traces.Add(($"{seg} v", new Vector().Record(seg.Ref("v"))));
        }

        sim.FInitialize(-65);
        layout = sim.CompiledModel!.Layout;
        sim.ContinueRun(4);
        var grown = sim.Section("grown").Connect(cells[1][0][1]);
        grown.Insert("pas");
        grown.Nseg = 3;
        sim.ContinueRun(8);
        var result = traces.Select(t => new Trace(t.Name, t.Values.AsSpan().ToArray())).ToList();
        result.Add(new Trace("spike times", [.. spikeTimes]));
        result.Add(new Trace("spike ids", [.. spikeIds]));
        result.Add(new Trace("v at the end", [.. cells.SelectMany(c => c).SelectMany(s => s.AllSegments()).Select(seg => seg.V)]));
        return result;
    }
}
