namespace Nrn.Abi;

/// <summary>One argument of a <see cref="FunctionTable"/>: <see cref="Size"/> values either at the
/// given points (not decreasing) or evenly spaced from <see cref="Min"/> to <see cref="Max"/>, as
/// the size/min/max or size/points groups of NEURON's <c>table_f_mech(&amp;y, ...)</c>.</summary>
public sealed class TableAxis
{
    private TableAxis(int size, double[]? points, double min, double max)
    {
        Size = size;
        Points = points;
        Min = min;
        Max = max;
    }

    public int Size { get; }

    /// <summary>The points, or null when they are evenly spaced from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public double[]? Points { get; }

    public double Min { get; }

    public double Max { get; }

    public static TableAxis Evenly(int size, double min, double max)
    {
        if (size < 1) throw new ArgumentException($"a table argument needs at least one value, not {size}");
        if (!(max >= min)) throw new ArgumentException($"min {min} is greater than max {max}");
        return new TableAxis(size, null, min, max);
    }

    /// <summary>The points are copied: changing them afterwards does not change the table.</summary>
    public static TableAxis AtPoints(ReadOnlySpan<double> points)
    {
        if (points.Length == 0) throw new ArgumentException("a table argument needs at least one point");
        for (var k = 1; k < points.Length; k++)
            if (!(points[k] >= points[k - 1]))
                throw new ArgumentException($"the points must not decrease, but x[{k}] = {points[k]} follows x[{k - 1}] = {points[k - 1]}");
        return new TableAxis(points.Length, points.ToArray(), 0.0, 0.0);
    }

    internal static readonly TableAxis Single = new(1, null, 1e20, 1e20);

    /// <summary>The grid index at or below x and the fraction of the way to the next one, clamped
    /// to the ends, in NEURON's arithmetic (functabl's arg_index).</summary>
    internal (int Index, double Fraction) Locate(double x)
    {
        if (Points is { } p)
        {
            var last = p.Length - 1;
            if (x <= p[0]) return (0, 0.0);
            if (x >= p[last]) return (last, 0.0);
            int low = 0, high = last;
            while (low < high - 1)
            {
                var middle = (low + high) / 2;
                if (p[middle] <= x) low = middle;
                else high = middle;
            }
            return (low, (x - p[low]) / (p[low + 1] - p[low]));
        }
        if (x <= Min) return (0, 0.0);
        if (x >= Max) return (Size - 1, 0.0);
        var step = (Max - Min) / (Size - 1);
        var position = (x - Min) / step;
        var j = (int)position;
        return (j, position - j);
    }
}
