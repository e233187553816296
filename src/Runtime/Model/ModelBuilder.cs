using Nrn.Abi;

namespace Nrn;

/// <summary>Turns sections, mechanisms and point processes into a <see cref="CompiledModel"/>, and
/// back (<see cref="WriteBack"/>) when the structure is about to change.</summary>
internal static class ModelBuilder
{
    public static CompiledModel Build(Simulation sim)
    {
        var cells = Cells(sim.AllSec);
        var shapes = cells.Select(Shape).ToArray();
        var nodeCount = shapes.Sum(s => s.Parent.Length);

        var state = new CellGroupState(nodeCount, sim.EventQueue) { Dt = sim.Dt, Celsius = sim.Celsius };
        state.T = sim.T;
        var parent = new int[nodeCount];
        var a = new double[nodeCount];
        var b = new double[nodeCount];
        var cm = new double[nodeCount];
        var layout = Lay(shapes, sim.InterleaveCells ? InterleavedMatrix.Lanes : 1, out var units, (cell, origin, stride) =>
        {
            var shape = shapes[cell];
            var root = cells[cell][0];
            root.ModelRootNode = origin;
            parent[origin] = -1;
            state.V[origin] = root.RootV;
            state.Area[origin] = 100;
            for (var k = 0; k < cells[cell].Length; k++)
            {
                var s = cells[cell][k];
                if (k > 0) s.ModelRootNode = -1;
                s.ModelFirstNode = origin + shape.First[k] * stride;
                s.ModelNodeStride = stride;
                PlaceSection(s, state, parent, a, b, cm);
            }
        });
        var sections = cells.SelectMany(c => c).ToArray();
        var ions = BuildIons(sim, sections);
        var mechanisms = BuildBlocks(sim, [.. units.Select(u => u.Select(c => cells[c]).ToArray())], ions);
        return new CompiledModel(state, parent, a, b, cm, layout, mechanisms, [.. ions.Values], sections,
            [.. sim.Objects], sim.EventQueue);
    }

    /// <summary>A cell's node count and shape: the parent of each of its nodes numbered within the
    /// cell (root node 0, then each section's nodes), and each section's first node.</summary>
    private sealed record CellShape(int[] Parent, int[] First);

    private static CellShape Shape(Section[] cell)
    {
        var first = new int[cell.Length];
        var firstOf = new Dictionary<Section, int>(cell.Length);
        var count = 1;
        for (var k = 0; k < cell.Length; k++)
        {
            first[k] = firstOf[cell[k]] = count;
            count += cell[k].Nseg + 1;
        }
        var parent = new int[count];
        parent[0] = -1;
        for (var k = 0; k < cell.Length; k++)
        {
            var s = cell[k];
            var attached = 0;
            if (s.Parent is not null)
            {
                var (owner, slot) = new Segment(s.Parent, s.ParentX).Node;
                attached = slot < 0 ? 0 : firstOf[owner] + slot;
            }
            for (var j = 0; j <= s.Nseg; j++) parent[first[k] + j] = j == 0 ? attached : first[k] + j - 1;
        }
        return new CellShape(parent, first);
    }

    /// <summary>Assigns each cell its place: cells of one shape (in order of first appearance) in
    /// interleaved groups of <paramref name="lanes"/> cells, then what is left of them in one smaller
    /// group of whole vectors; then the other cells one after another. <paramref name="place"/> gets
    /// the cell, its root node and the distance between its nodes; <paramref name="units"/> lists
    /// the cells of each group in lane order, then each plain cell alone.</summary>
    private static NodeLayout Lay(CellShape[] shapes, int lanes, out List<int[]> units, Action<int, int, int> place)
    {
        units = [];
        var byShape = new Dictionary<int[], List<int>>(ShapeComparer.Instance);
        var order = new List<List<int>>();
        for (var c = 0; c < shapes.Length; c++)
        {
            if (!byShape.TryGetValue(shapes[c].Parent, out var same)) order.Add(byShape[shapes[c].Parent] = same = []);
            same.Add(c);
        }
        var groups = new List<InterleavedGroup>();
        var plain = new List<int>();
        var next = 0;
        foreach (var same in order)
        {
            var taken = 0;
            while (lanes > 1 && same.Count - taken >= InterleavedMatrix.Width)
            {
                var size = Math.Min(lanes, (same.Count - taken) / InterleavedMatrix.Width * InterleavedMatrix.Width);
                var shape = shapes[same[taken]].Parent;
                for (var l = 0; l < size; l++) place(same[taken + l], next + l, size);
                groups.Add(new InterleavedGroup(next, size, shape));
                units.Add([.. same.Skip(taken).Take(size)]);
                next += shape.Length * size;
                taken += size;
            }
            plain.AddRange(same.Skip(taken));
        }
        var plainStart = new int[plain.Count + 1];
        for (var k = 0; k < plain.Count; k++)
        {
            plainStart[k] = next;
            place(plain[k], next, 1);
            units.Add([plain[k]]);
            next += shapes[plain[k]].Parent.Length;
        }
        plainStart[^1] = next;
        return new NodeLayout([.. groups], plainStart);
    }

    private sealed class ShapeComparer : IEqualityComparer<int[]>
    {
        public static readonly ShapeComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] shape)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(shape.AsSpan()));
            return hash.ToHashCode();
        }
    }

    /// <summary>Fills each block's POINTER bindings from the references set on sections and point
    /// processes; runs once the model's arrays are in place.</summary>
    public static void BindPointers(CompiledModel model)
    {
        foreach (var s in model.Sections)
            foreach (var d in s.DensityMechanisms)
                for (var p = 0; p < d.Pointers.Length; p++)
                    for (var j = 0; j < s.Nseg; j++)
                        if (d.Pointers[p][j] is { } target) Bind(d.Block!.Pointers[p], d.Instance(j), target);
        foreach (var pp in model.Objects)
            for (var p = 0; p < pp.Pointers.Length; p++)
            {
                pp.Block!.Pointers[p].Objects[pp.Instance] = pp.PointerObjects[p];
                if (pp.Pointers[p] is { } target) Bind(pp.Block!.Pointers[p], pp.Instance, target);
            }
    }

    private static void Bind(PointerBinding binding, int instance, DataReference target)
    {
        var (array, index) = target.Locate();
        binding.Target[instance] = array;
        binding.Offset[instance] = index;
    }

    /// <summary>Copies the model's values back to sections and point processes and detaches them.</summary>
    public static void WriteBack(CompiledModel model, Simulation sim)
    {
        var v = model.State.V;
        foreach (var s in model.Sections)
        {
            if (s.ModelRootNode >= 0) s.RootV = v[s.ModelRootNode];
            for (var j = 0; j <= s.Nseg; j++) s.NodeV[j] = v[s.ModelFirstNode + j * s.ModelNodeStride];
            s.ModelFirstNode = -1;
            s.ModelNodeStride = 1;
            s.ModelRootNode = -1;
            foreach (var d in s.DensityMechanisms)
            {
                if (d.Block is not { } block) continue;
                for (var f = 0; f < d.Values.Length; f++)
                    for (var j = 0; j < s.Nseg; j++) d.Values[f][j] = block.Fields[f][d.Instance(j)];
                d.Block = null;
                d.InstanceStride = 1;
            }
            foreach (var ion in s.IonMechanisms)
            {
                if (ion.Store is not { } store) continue;
                for (var f = 0; f < IonData.FieldCount; f++) Array.Copy(store.Fields[f], ion.FirstIndex, ion.Values[f], 0, s.Nseg);
                ion.Store = null;
            }
        }
        foreach (var pp in model.Objects)
        {
            if (pp.Block is not { } block) continue;
            for (var f = 0; f < pp.Values.Length; f++) pp.Values[f] = block.Fields[f][pp.Instance];
            pp.Block = null;
        }
        sim.RestoreClock(model.State.T, model.State.Dt, model.State.Celsius);
    }

    /// <summary>The cells, roots in creation order, each as its sections breadth first along NEURON's child order.</summary>
    private static Section[][] Cells(IReadOnlyList<Section> all)
    {
        var cells = new List<Section[]>();
        foreach (var root in all.Where(s => s.Parent is null))
        {
            var cell = new List<Section> { root };
            for (var i = 0; i < cell.Count; i++) cell.AddRange(cell[i].Children);
            cells.Add([.. cell]);
        }
        return [.. cells];
    }

    /// <summary>A section's nodes: nseg segment nodes then its 1-end node; coefficients as NEURON's connection_coef.</summary>
    private static void PlaceSection(Section s, CellGroupState state, int[] parent, double[] a, double[] b, double[] cm)
    {
        var geometry = s.EnsureGeometry();
        var first = s.ModelFirstNode;
        var nseg = s.Nseg;
        var parentNode = s.Parent is null ? s.ModelRootNode : ConnectionNode(s);
        var diam = s.DiamArray;
        var stride = s.ModelNodeStride;
        for (var j = 0; j <= nseg; j++)
        {
            var node = first + j * stride;
            var segment = s.NodeSlot(Math.Min(j, nseg - 1));
            state.V[node] = s.NodeV[j];
            state.Area[node] = geometry.Area[j];
            state.Diam[node] = diam[segment];
            cm[node] = j < nseg ? s.SegmentCm(segment) : 0;
            parent[node] = j == 0 ? parentNode : node - stride;
            var parentArea = j == 0 ? state.Area[parentNode] : geometry.Area[j - 1];
            a[node] = -1e2 * geometry.RInv[j] / parentArea;
            b[node] = -1e2 * geometry.RInv[j] / geometry.Area[j];
        }
    }

    private static int ConnectionNode(Section s)
    {
        var (owner, slot) = new Segment(s.Parent!, s.ParentX).Node;
        return Segment.ModelNode(owner, slot);
    }

    private static Dictionary<string, IonStore> BuildIons(Simulation sim, Section[] sections)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sections)
            foreach (var ion in s.IonMechanisms)
                counts[ion.Species.Name] = counts.GetValueOrDefault(ion.Species.Name) + s.Nseg;
        var stores = new Dictionary<string, IonStore>(StringComparer.Ordinal);
        foreach (var (name, count) in counts) stores[name] = new IonStore(sim.Ion(name, null), count);
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sections)
            foreach (var ion in s.IonMechanisms)
            {
                var store = stores[ion.Species.Name];
                var at = used.GetValueOrDefault(ion.Species.Name);
                ion.Store = store;
                ion.FirstIndex = at;
                for (var f = 0; f < IonData.FieldCount; f++) Array.Copy(ion.Values[f], 0, store.Fields[f], at, s.Nseg);
                used[ion.Species.Name] = at + s.Nseg;
            }
        foreach (var s in sections)
            foreach (var d in s.DensityMechanisms) NoteIonUse(d.Type.Descriptor, stores);
        foreach (var pp in sim.Objects.OfType<PointProcess>()) NoteIonUse(pp.Type.Descriptor, stores);
        return stores;
    }

    private static void NoteIonUse(MechanismDescriptor descriptor, Dictionary<string, IonStore> stores)
    {
        foreach (var use in descriptor.Ions)
        {
            var store = stores[use.Ion];
            store.WritesConcentration |= use.Writes.Contains(IonField.Inside) || use.Writes.Contains(IonField.Outside);
            store.ReadsConcentration |= use.Reads.Contains(IonField.Inside) || use.Reads.Contains(IonField.Outside);
            store.WritesErev |= use.Writes.Contains(IonField.Erev);
        }
    }

    /// <summary>One block per mechanism type with instances. Density instances follow the cells'
    /// layout: a section that has the mechanism in every cell of an interleaved group (with the same
    /// nseg) gets its instances interleaved like its nodes, so a vector of instances reads
    /// neighbouring nodes; other sections' instances are consecutive.</summary>
    private static MechanismRun[] BuildBlocks(Simulation sim, Section[][][] units, Dictionary<string, IonStore> ions)
    {
        var runs = new List<MechanismRun>();
        foreach (var type in sim.Registry.Types)
        {
            var descriptor = type.Descriptor;
            if (descriptor.Kind == MechanismKind.Density)
            {
                var count = units.Sum(u => u.Sum(cell => cell.Sum(s => s.Find(type.Name) is null ? 0 : s.Nseg)));
                if (count == 0) continue;
                var block = NewBlock(type, count, ions);
                var at = 0;
                foreach (var unit in units)
                {
                    for (var k = 0; k < unit.Max(cell => cell.Length); k++)
                    {
                        var owners = unit.Where(cell => k < cell.Length).Select(cell => (Section: cell[k], Data: cell[k].Find(type.Name))).ToArray();
                        var together = owners.Length == unit.Length && owners.All(o => o.Data is not null && o.Section.Nseg == owners[0].Section.Nseg);
                        var stride = together ? owners.Length : 1;
                        foreach (var (s, found) in owners)
                        {
                            if (found is not { } data) continue;
                            data.Block = block;
                            data.FirstInstance = at;
                            data.InstanceStride = stride;
                            for (var j = 0; j < s.Nseg; j++)
                            {
                                var instance = data.Instance(j);
                                for (var f = 0; f < data.Values.Length; f++) block.Fields[f][instance] = data.Values[f][j];
                                block.NodeIndex[instance] = Segment.ModelNode(s, s.NodeSlot(j));
                                BindIons(block, descriptor, instance, s, j);
                            }
                            at += together ? 1 : s.Nseg;
                        }
                        if (together) at += (owners[0].Section.Nseg - 1) * stride;
                    }
                }
                block.ClassifyIndices();
                runs.Add(new MechanismRun(block, descriptor.CreateKernels()));
            }
            else
            {
                var instances = sim.Objects.Where(p => p.Type == type).ToArray();
                if (instances.Length == 0) continue;
                var block = NewBlock(type, instances.Length, ions);
                for (var i = 0; i < instances.Length; i++)
                {
                    var item = instances[i];
                    item.Block = block;
                    item.Instance = i;
                    for (var f = 0; f < item.Values.Length; f++) block.Fields[f][i] = item.Values[f];
                    // Artificial cells have no node; their NodeIndex stays 0 and their kernels never read it.
                    if (item is not PointProcess located) continue;
                    var (owner, slot) = located.Location.Node;
                    block.NodeIndex[i] = Segment.ModelNode(owner, slot);
                    BindIons(block, descriptor, i, located.Location.Section, located.Location.Index);
                }
                block.ClassifyIndices();
                runs.Add(new MechanismRun(block, descriptor.CreateKernels()));
            }
        }
        return [.. runs];
    }

    private static MechanismBlock NewBlock(MechanismType type, int count, Dictionary<string, IonStore> ions)
    {
        var capacity = (count + MechanismBlock.Padding - 1) / MechanismBlock.Padding * MechanismBlock.Padding;
        var bindings = type.Descriptor.Ions
            .Select(use => new IonBinding(ions[use.Ion].Fields, new int[capacity], ions[use.Ion].Species.Charge))
            .ToArray();
        return new MechanismBlock(type.Descriptor, count, bindings, type.Globals);
    }

    private static void BindIons(MechanismBlock block, MechanismDescriptor descriptor, int instance, Section section, int segment)
    {
        for (var k = 0; k < descriptor.Ions.Count; k++)
        {
            var ion = section.FindIon(descriptor.Ions[k].Ion)!;
            block.Ions[k].Index[instance] = ion.FirstIndex + segment;
        }
    }
}
