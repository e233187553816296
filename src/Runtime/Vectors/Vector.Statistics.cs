namespace Nrn;

/// <summary>NEURON's Vector statistics, with its conventions: <c>var</c> and <c>stdev</c> divide by
/// n - 1 and need two elements, <c>mean</c> needs one, <c>max</c>/<c>min</c>/<c>sum</c> of an empty vector are 0.</summary>
public sealed partial class Vector
{
    /// <summary>Sum of the elements, added in order (0 when empty).</summary>
    public double Sum()
    {
        var sum = 0.0;
        foreach (var x in AsSpan()) sum += x;
        return sum;
    }

    /// <summary>Arithmetic mean; the vector must not be empty.</summary>
    public double Mean()
    {
        if (_count < 1) throw new InvalidOperationException("Vector.Mean: the vector must have at least 1 element, it is empty");
        return Sum() / _count;
    }

    /// <summary>Sample variance, sum of squared deviations from the mean over n - 1 (NEURON's <c>var</c>).</summary>
    public double Var()
    {
        if (_count < 2) throw new InvalidOperationException($"Vector.Var: the vector must have at least 2 elements, it has {_count}");
        var mean = Mean();
        var sum = 0.0;
        foreach (var x in AsSpan()) sum += (x - mean) * (x - mean);
        return sum / (_count - 1);
    }

    /// <summary>Sample standard deviation, the square root of <see cref="Var"/> (NEURON's <c>stdev</c>).</summary>
    public double Stdev() => Math.Sqrt(Var());

    /// <summary>Largest element (0 when empty, as NEURON).</summary>
    public double Max()
    {
        if (_count == 0) return 0;
        var max = _items[0];
        for (var i = 1; i < _count; i++) if (_items[i] > max) max = _items[i];
        return max;
    }

    /// <summary>Smallest element (0 when empty, as NEURON).</summary>
    public double Min()
    {
        if (_count == 0) return 0;
        var min = _items[0];
        for (var i = 1; i < _count; i++) if (_items[i] < min) min = _items[i];
        return min;
    }

    /// <summary>hoc's <c>float_epsilon</c>, the tolerance of <see cref="Eq"/>.</summary>
    public const double FloatEpsilon = 1e-11;

    /// <summary>NEURON's <c>eq</c>: same size and every pair of elements within <see cref="FloatEpsilon"/>
    /// of each other (so NaN equals nothing).</summary>
    public bool Eq(Vector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._count != _count) return false;
        for (var i = 0; i < _count; i++)
            if (!(Math.Abs(_items[i] - other._items[i]) <= FloatEpsilon)) return false;
        return true;
    }

    /// <summary>Exact equality of size and bits of every element (NaN payloads and the sign of zero
    /// included): what a lossless round trip must give.</summary>
    public bool BitwiseEquals(ReadOnlySpan<double> other)
    {
        if (other.Length != _count) return false;
        for (var i = 0; i < _count; i++)
            if (BitConverter.DoubleToInt64Bits(_items[i]) != BitConverter.DoubleToInt64Bits(other[i])) return false;
        return true;
    }

    /// <summary>Exact equality of size and bits of every element.</summary>
    public bool BitwiseEquals(Vector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return BitwiseEquals(other.AsSpan());
    }
}
