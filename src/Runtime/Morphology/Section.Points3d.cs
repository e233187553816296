namespace Nrn;

public sealed partial class Section
{
    private readonly List<Point3d> _points = [];

    public int N3d => _points.Count;
    public IReadOnlyList<Point3d> Points3d => _points;
    public double X3d(int i) => Point(i).X;
    public double Y3d(int i) => Point(i).Y;
    public double Z3d(int i) => Point(i).Z;
    public double Diam3d(int i) => Math.Abs(Point(i).Diam);
    public double Arc3d(int i) => Point(i).Arc;

    /// <summary>Appends a 3-d point (um); with two or more points the section's length, areas and
    /// axial resistances come from the frusta between them, as in NEURON.</summary>
    public void Pt3dAdd(double x, double y, double z, double diam)
    {
        if (!(diam >= 0) || double.IsInfinity(diam))
            throw new ArgumentOutOfRangeException(nameof(diam), diam, $"{Name}: pt3dadd diameter must be non-negative and finite, got {Fmt(diam)}");
        if (!double.IsFinite(x) || !double.IsFinite(y) || !double.IsFinite(z))
            throw new ArgumentOutOfRangeException(nameof(x), $"{Name}: pt3dadd coordinates must be finite, got ({Fmt(x)}, {Fmt(y)}, {Fmt(z)})");
        if (Reversed)
            throw new NotSupportedException($"{Name}: 3-d points on a section attached by its 1 end are not supported");
        Changing();
        var p = new Point3d((float)x, (float)y, (float)z, (float)diam, 0);
        if (_points.Count > 0)
        {
            var q = _points[^1];
            // NEURON subtracts the single-precision coordinates in single precision.
            double dx = p.X - q.X, dy = p.Y - q.Y, dz = p.Z - q.Z;
            p = p with { Arc = q.Arc + Math.Sqrt(dx * dx + dy * dy + dz * dz) };
        }
        _points.Add(p);
        if (_points.Count > 1) _length = p.Arc;
    }

    /// <summary>Removes every 3-d point; the section keeps its current length and segment diameters.</summary>
    public void Pt3dClear()
    {
        if (_points.Count == 0) return;
        if (_points.Count > 1)
        {
            EnsureGeometry();
            _length = _points[^1].Arc;
        }
        Changing();
        _points.Clear();
    }

    private Point3d Point(int i) =>
        i >= 0 && i < _points.Count
            ? _points[i]
            : throw new ArgumentOutOfRangeException(nameof(i), i, $"{Name}: 3-d point index must be in [0, {_points.Count - 1}], got {i}");

    /// <summary>NEURON's nrn_length_change: stretches the points about the first one to the new length.</summary>
    private void ScalePoints(double length)
    {
        var p0 = _points[0];
        var factor = length / _points[^1].Arc;
        for (var i = 0; i < _points.Count; i++)
        {
            var p = _points[i];
            _points[i] = new Point3d(
                (float)(p0.X + ((double)p.X - p0.X) * factor),
                (float)(p0.Y + ((double)p.Y - p0.Y) * factor),
                (float)(p0.Z + ((double)p.Z - p0.Z) * factor),
                p.Diam,
                p.Arc * factor);
        }
    }

    /// <summary>NEURON's nrn_diam_change: each 3-d point takes the diameter of the segment it lies in.</summary>
    private void DiamChangedWithPoints()
    {
        if (_points.Count < 2) return;
        var length = _points[^1].Arc;
        for (var i = 0; i < _points.Count; i++)
        {
            var x = Math.Min(_points[i].Arc / length, 1.0);
            _points[i] = _points[i] with { Diam = (float)_diam[SegmentIndex(x)] };
        }
    }
}
