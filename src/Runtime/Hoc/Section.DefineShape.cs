namespace Nrn;

public sealed partial class Section
{
    /// <summary>This section's part of <see cref="Simulation.DefineShape"/>; <paramref name="place"/>
    /// is its index in the section order. The arithmetic keeps NEURON's mix of single-precision
    /// coordinates, single-precision trigonometry (C++'s float overloads) and double-precision
    /// intermediate values.</summary>
    internal void DefineShape(int place)
    {
        float x, y, z, directionX, directionY;
        if (Parent is not { } parent)
        {
            (x, y, z, directionX, directionY) = (0, 0, place * 100f, 1, 0);
        }
        else
        {
            if (parent._points.Count == 0)
                throw new InvalidOperationException($"define_shape: {parent.Name} has no 3-d points for its child {Name}");
            var (first, last) = (parent._points[0], parent._points[^1]);
            directionX = last.X - first.X;
            directionY = last.Y - first.Y;
            var along = parent.Reversed ? 1 - ParentX : ParentX;
            if (along < 0.5) (directionX, directionY) = (-directionX, -directionY);
            x = (float)(last.X * along + first.X * (1 - along));
            y = (float)(last.Y * along + first.Y * (1 - along));
            z = (float)(last.Z * along + first.Z * (1 - along));
        }
        if (_points.Count > 0)
        {
            if (Parent is not null) Translate(x, y, z);
            return;
        }
        if (Reversed)
            throw new NotSupportedException($"define_shape: {Name} is attached by its 1 end, and 3-d points on such a section are not supported");
        var angle = Math.Abs(directionY) < 1e-6 && Math.Abs(directionX) < 1e-6 ? 0f : MathF.Atan2(directionY, directionX);
        if (ParentX > 0 && ParentX < 1) angle = (float)(angle + Math.PI / 2);
        if (Parent is not null)
        {
            var siblings = Parent.Children.Where(c => c.ParentX == ParentX).ToList();
            if (siblings.Count > 1) angle = (float)(angle + siblings.IndexOf(this) / (siblings.Count - 1.0) * 0.8 - 0.4);
        }
        var length = L;
        var diameters = Segments().Select(s => s.Diam).ToArray();
        var endX = (float)(x + length * MathF.Cos(angle));
        var endY = (float)(y + length * MathF.Sin(angle));
        Pt3dAdd(x, y, z, diameters[0]);
        for (var j = 0; j < _nseg; j++)
        {
            var frac = (j + 0.5) / _nseg;
            Pt3dAdd(x * (1 - frac) + endX * frac, y * (1 - frac) + endY * frac, z, diameters[j]);
        }
        Pt3dAdd(endX, endY, z, diameters[_nseg - 1]);
        // As NEURON: round-off in the points may not change the length.
        _points[^1] = _points[^1] with { Arc = length };
        _length = length;
    }

    /// <summary>Moves every 3-d point so that the first lies at (x, y, z), in single precision.</summary>
    private void Translate(float x, float y, float z)
    {
        var (dx, dy, dz) = (x - _points[0].X, y - _points[0].Y, z - _points[0].Z);
        if (dx == 0 && dy == 0 && dz == 0) return;
        Changing();
        for (var i = 0; i < _points.Count; i++)
            _points[i] = _points[i] with { X = _points[i].X + dx, Y = _points[i].Y + dy, Z = _points[i].Z + dz };
    }
}
