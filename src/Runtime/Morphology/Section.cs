using System.Globalization;

namespace Nrn;

/// <summary>An unbranched cable (NEURON's section): geometry, segments and inserted mechanisms.
/// An API object only; the simulation copies its values into structure-of-arrays storage when it runs.</summary>
public sealed partial class Section
{
    private int _nseg = 1;
    private double _length = 100;
    private double _ra = 35.4;
    private double[] _diam = [500];
    private double[] _cm = [1];

    internal Section(Simulation simulation, string name)
    {
        Simulation = simulation;
        Name = name;
        NodeV = [-65, -65];
    }

    public Simulation Simulation { get; }
    public string Name { get; }

    /// <summary>Whatever the user groups sections by (NEURON's cell object); null when none.</summary>
    public object? Cell { get; set; }

    /// <summary>Voltage of each segment's node then of the 1-end node, while no model is compiled.</summary>
    internal double[] NodeV { get; private set; }

    /// <summary>Voltage of the 0-end node of a root section, while no model is compiled.</summary>
    internal double RootV { get; set; } = -65;

    /// <summary>Index of this section's first segment node in the compiled model.</summary>
    internal int ModelFirstNode { get; set; } = -1;

    /// <summary>Distance between this section's consecutive nodes in the compiled model: 1, or the
    /// number of cells interleaved with this one's.</summary>
    internal int ModelNodeStride { get; set; } = 1;

    /// <summary>Index of the 0-end node of a root section in the compiled model.</summary>
    internal int ModelRootNode { get; set; } = -1;

    public override string ToString() => Name;

    /// <summary>Length in um (with two or more 3-d points: the arc length of the last point; a single
    /// point does not define a shape yet and leaves the length as it was).</summary>
    public double L
    {
        get => _points.Count > 1 ? _points[^1].Arc : _length;
        set
        {
            if (!(value > 0) || double.IsInfinity(value))
                throw new ArgumentOutOfRangeException(nameof(value), value, $"{Name}.L must be positive and finite, got {Fmt(value)}");
            Changing();
            _length = value;
            if (_points.Count > 1) ScalePoints(value);
        }
    }

    /// <summary>Axial resistivity in ohm cm.</summary>
    public double Ra
    {
        get => _ra;
        set
        {
            if (!(value > 0) || double.IsInfinity(value))
                throw new ArgumentOutOfRangeException(nameof(value), value, $"{Name}.Ra must be positive and finite, got {Fmt(value)}");
            Changing();
            _ra = value;
        }
    }

    /// <summary>Diameter in um: reading gives the segment at x = 0.5, writing sets every segment (as NEURON's <c>sec.diam</c>).</summary>
    public double Diam
    {
        get => SegmentDiam(SegmentIndex(0.5));
        set
        {
            CheckDiam(value, Name);
            Changing();
            Array.Fill(_diam, value);
            DiamChangedWithPoints();
        }
    }

    /// <summary>Specific capacitance in uF/cm2: reading gives the segment at x = 0.5, writing sets every segment.</summary>
    public double Cm
    {
        get => _cm[SegmentIndex(0.5)];
        set
        {
            CheckCm(value, Name);
            Changing();
            Array.Fill(_cm, value);
        }
    }

    /// <summary>Number of segments. Changing it keeps NEURON's semantics: each new segment takes the
    /// values (diam, cm, mechanisms, v) of the old segment that contains its centre.</summary>
    public int Nseg
    {
        get => _nseg;
        set
        {
            if (value < 1 || value > 32767)
                throw new ArgumentOutOfRangeException(nameof(value), value, $"{Name}.nseg must be between 1 and 32767, got {value}");
            if (value == _nseg) return;
            Changing();
            var old = _nseg;
            _diam = Remap(_diam, old, value, Reversed);
            _cm = Remap(_cm, old, value, Reversed);
            var v = new double[value + 1];
            for (var i = 0; i < value; i++) v[i] = NodeV[OldSegment(i, old, value, false)];
            v[value] = NodeV[old];
            NodeV = v;
            foreach (var m in _density)
            {
                for (var f = 0; f < m.Values.Length; f++) m.Values[f] = Remap(m.Values[f], old, value, Reversed);
                for (var p = 0; p < m.Pointers.Length; p++) m.Pointers[p] = Remap(m.Pointers[p], old, value, Reversed);
            }
            foreach (var ion in _ions)
                for (var f = 0; f < ion.Values.Length; f++) ion.Values[f] = Remap(ion.Values[f], old, value, Reversed);
            _nseg = value;
            foreach (var pp in Simulation.PointProcessesIn(this)) pp.NsegChanged(old, value);
        }
    }

    /// <summary>The segment containing <paramref name="x"/> (0 and 1 are the section's ends).</summary>
    public Segment this[double x]
    {
        get
        {
            CheckX(x);
            return new Segment(this, x);
        }
    }

    /// <summary>The segments at their centres, from the 0 end to the 1 end (NEURON's <c>for seg in sec</c>).</summary>
    public IEnumerable<Segment> Segments()
    {
        for (var i = 0; i < _nseg; i++) yield return new Segment(this, (i + 0.5) / _nseg);
    }

    /// <summary>The segments with the two ends (NEURON's <c>sec.allseg()</c>).</summary>
    public IEnumerable<Segment> AllSegments()
    {
        yield return new Segment(this, 0);
        foreach (var s in Segments()) yield return s;
        yield return new Segment(this, 1);
    }

    /// <summary>The segment (in x order) holding location x, found as NEURON's node_index does:
    /// along the arc from the attached end, x = 1 of the arc being the last segment.</summary>
    internal int SegmentIndex(double x) => Reversed ? _nseg - 1 - ArcSlot(1 - x) : ArcSlot(x);

    /// <summary>Position along the arc from the end attached to the parent.</summary>
    internal double Arc(double x) => Reversed ? 1 - x : x;

    /// <summary>Node slot (arc order) of the segment holding arc position <paramref name="arc"/>.</summary>
    internal int ArcSlot(double arc)
    {
        var i = (int)(arc * _nseg);
        return i >= _nseg ? _nseg - 1 : i;
    }

    /// <summary>Node slot (arc order) of segment <paramref name="index"/> (x order).</summary>
    internal int NodeSlot(int index) => Reversed ? _nseg - 1 - index : index;

    /// <summary>The x of segment <paramref name="index"/>'s node, computed along the arc as NEURON does.</summary>
    internal double CentreX(int index) => Reversed ? 1 - (NodeSlot(index) + .5) / _nseg : (index + .5) / _nseg;

    internal double SegmentDiam(int segment)
    {
        if (_points.Count > 1) EnsureGeometry();
        return _diam[segment];
    }

    internal void SetSegmentDiam(int segment, double value)
    {
        CheckDiam(value, $"{Name}({Fmt((segment + 0.5) / _nseg)})");
        Changing();
        _diam[segment] = value;
        DiamChangedWithPoints();
    }

    internal double SegmentCm(int segment) => _cm[segment];

    internal void SetSegmentCm(int segment, double value)
    {
        CheckCm(value, $"{Name}({Fmt((segment + 0.5) / _nseg)})");
        Changing();
        _cm[segment] = value;
    }

    internal double[] DiamArray => _diam;

    internal void CheckX(double x)
    {
        if (!(x >= 0 && x <= 1))
            throw new ArgumentOutOfRangeException(nameof(x), x, $"{Name}: segment location must be in [0, 1], got {Fmt(x)}");
    }

    /// <summary>Set by <see cref="Simulation.DeleteSection"/>; a deleted section can no longer be changed.</summary>
    internal bool Deleted { get; set; }

    internal void CheckNotDeleted()
    {
        if (Deleted) throw new InvalidOperationException($"section {Name} was deleted");
    }

    /// <summary>Invalidates what depends on this section's shape or structure.</summary>
    private void Changing()
    {
        CheckNotDeleted();
        Simulation.StructureChanging();
        _geometry = null;
    }

    private static void CheckDiam(double value, string where)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{where}.diam must be positive and finite, got {Fmt(value)}");
    }

    private static void CheckCm(double value, string where)
    {
        if (!(value >= 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{where}.cm must be non-negative and finite, got {Fmt(value)}");
    }

    /// <summary>NEURON's node_realloc rule, applied along the arc: a new segment takes the values of
    /// the old one containing its centre.</summary>
    private static int OldSegment(int newSegment, int oldCount, int newCount, bool reversed) =>
        reversed
            ? oldCount - 1 - (int)(oldCount * ((newCount - 1 - newSegment + 0.5) / newCount))
            : (int)(oldCount * ((newSegment + 0.5) / newCount));

    private static T[] Remap<T>(T[] old, int oldCount, int newCount, bool reversed)
    {
        var result = new T[newCount];
        for (var i = 0; i < newCount; i++) result[i] = old[OldSegment(i, oldCount, newCount, reversed)];
        return result;
    }

    internal static string Fmt(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
