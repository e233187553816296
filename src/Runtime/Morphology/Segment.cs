using Nrn.Abi;

namespace Nrn;

/// <summary>A location on a section (NEURON's <c>sec(x)</c>). An API object with value equality: it
/// names a place and resolves to the section's storage or the compiled model's arrays on each access.</summary>
public sealed class Segment : IEquatable<Segment>
{
    internal Segment(Section section, double x)
    {
        Section = section;
        X = x;
    }

    public Section Section { get; }
    public double X { get; }

    internal int Index => Section.SegmentIndex(X);

    public override string ToString() => $"{Section.Name}({Section.Fmt(X)})";

    /// <summary>Membrane area in um2 of the segment (0 at the ends, as NEURON's <c>area(0)</c>).</summary>
    public double Area => X == 0 || X == 1 ? 0 : Section.EnsureGeometry().Area[Section.NodeSlot(Index)];

    /// <summary>Axial resistance in megohm between this node and its parent node (1e30 at the attached end, as NEURON).</summary>
    public double Ri
    {
        get
        {
            if (Section.Arc(X) == 0) return 1e30;
            var (owner, slot) = Node;
            var rinv = owner.EnsureGeometry().RInv[slot];
            return rinv != 0 ? 1 / rinv : 1e30;
        }
    }

    public double Diam
    {
        get => Section.SegmentDiam(Index);
        set => Section.SetSegmentDiam(Index, value);
    }

    public double Cm
    {
        get => Section.SegmentCm(Index);
        set => Section.SetSegmentCm(Index, value);
    }

    /// <summary>Membrane potential in mV of the node at this location (a deleted section keeps its last values).</summary>
    public double V
    {
        get
        {
            var (owner, slot) = Node;
            var node = ModelNode(owner, slot);
            return owner.Simulation.CompiledModel is { } m && node >= 0 ? m.State.V[node]
                : slot < 0 ? owner.RootV : owner.NodeV[slot];
        }
        set
        {
            var (owner, slot) = Node;
            var node = ModelNode(owner, slot);
            if (owner.Simulation.CompiledModel is { } m && node >= 0) m.State.V[node] = value;
            else if (slot < 0) owner.RootV = value;
            else owner.NodeV[slot] = value;
        }
    }

    /// <summary>The density mechanism <paramref name="name"/> at this segment: <c>seg.Mech("hh")["gkbar"]</c>.
    /// As in NEURON there is none at the ends (x = 0 or 1), though <c>seg["gkbar_hh"]</c> reads the end segment there.</summary>
    public MechanismAccess Mech(string name)
    {
        var type = Section.Simulation.Registry.Get(name, ToString());
        var data = Section.Find(type.Name) ?? throw new ArgumentException($"{this}: mechanism '{name}' is not inserted in {Section.Name}");
        if (X is 0 or 1) throw new ArgumentException($"{this}: mechanism '{name}' does not exist at a section end");
        return new MechanismAccess(this, data);
    }

    /// <summary>A range variable by NEURON's name: <c>v</c>, <c>diam</c>, <c>cm</c>, <c>area</c>, an ion
    /// variable (<c>ena</c>, <c>nai</c>, <c>ina</c>) or a mechanism's variable with its suffix (<c>gkbar_hh</c>).</summary>
    public double this[string name]
    {
        get
        {
            switch (name)
            {
                case "v": return V;
                case "diam": return Diam;
                case "cm": return Cm;
                case "area": return Area;
                case "ri": return Ri;
            }
            if (FindIonVariable(name) is var (ion, field)) return IonValue(ion, field);
            var (data, variable) = FindSuffixed(name);
            return new MechanismAccess(this, data)[variable];
        }
        set
        {
            switch (name)
            {
                case "v": V = value; return;
                case "diam": Diam = value; return;
                case "cm": Cm = value; return;
                case "area":
                case "ri":
                    throw new InvalidOperationException($"{this}: '{name}' is computed from the geometry and cannot be set");
            }
            if (FindIonVariable(name) is var (ion, field))
            {
                SetIonValue(ion, field, value);
                return;
            }
            var (data, variable) = FindSuffixed(name);
            var access = new MechanismAccess(this, data);
            access[variable] = value;
        }
    }

    /// <summary>A reference to <c>v</c>, an ion variable or a suffixed mechanism variable here
    /// (NEURON's <c>seg._ref_v</c>, <c>seg._ref_m_hh</c>), for recording.</summary>
    public DataReference Ref(string name)
    {
        var description = $"{this}.{name}";
        var sim = Section.Simulation;
        if (name == "v")
        {
            return new DataReference(sim, description, () =>
            {
                var (owner, slot) = Node;
                return (sim.CompiledModel?.State.V, ModelNode(owner, slot));
            });
        }
        var index = Index;
        if (FindIonVariable(name) is var (ion, field))
            return new DataReference(sim, description, () => (ion.Store?.Fields[(int)field], ion.FirstIndex + index));
        var (data, variable) = FindSuffixed(name);
        var r = data.Type.FindRange(variable)
            ?? throw new ArgumentException($"{this}.{data.Type.Name}: no range variable '{variable}' (has: {string.Join(", ", data.Type.Descriptor.Range.Select(v => v.Name))})");
        return new DataReference(sim, description, () => (data.Block?.Fields[r.Field], data.Instance(index)));
    }

    /// <summary>Where this location's node lives: the owning section and the node slot in it, in arc
    /// order (-1: a root section's 0-end node; nseg: the far end's node). The attached end of a child
    /// is its parent's node.</summary>
    internal (Section Owner, int Slot) Node
    {
        get
        {
            var s = Section;
            var arc = s.Arc(X);
            while (arc == 0)
            {
                if (s.Parent is null) return (s, -1);
                arc = s.Parent.Arc(s.ParentX);
                s = s.Parent;
            }
            return arc == 1 ? (s, s.Nseg) : (s, s.ArcSlot(arc));
        }
    }

    /// <summary>The node's index in the compiled model, or -1 when the section is not part of it.</summary>
    internal static int ModelNode(Section owner, int slot) =>
        slot < 0 ? owner.ModelRootNode : owner.ModelFirstNode < 0 ? -1 : owner.ModelFirstNode + slot * owner.ModelNodeStride;

    internal double IonValue(IonData ion, IonField field) =>
        ion.Store is { } store ? store.Fields[(int)field][ion.FirstIndex + Index] : ion.Values[(int)field][Index];

    internal void SetIonValue(IonData ion, IonField field, double value)
    {
        if (ion.Store is { } store) store.Fields[(int)field][ion.FirstIndex + Index] = value;
        else ion.Values[(int)field][Index] = value;
    }

    private (IonData, IonField)? FindIonVariable(string name)
    {
        foreach (var ion in Section.IonMechanisms)
            for (var f = 0; f < IonData.FieldCount; f++)
                if (ion.Species.FieldName((IonField)f) == name) return (ion, (IonField)f);
        return null;
    }

    private (DensityData, string) FindSuffixed(string name)
    {
        foreach (var data in Section.DensityMechanisms)
        {
            var suffix = "_" + data.Type.Name;
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                return (data, name[..^suffix.Length]);
        }
        throw new ArgumentException($"{this}: no range variable '{name}' (inserted: {string.Join(", ", Section.MechanismNames)})");
    }

    public bool Equals(Segment? other) => other is not null && Section == other.Section && X == other.X;
    public override bool Equals(object? obj) => Equals(obj as Segment);
    public override int GetHashCode() => HashCode.Combine(Section, X);
    public static bool operator ==(Segment? left, Segment? right) => left?.Equals(right) ?? right is null;
    public static bool operator !=(Segment? left, Segment? right) => !(left == right);
}
